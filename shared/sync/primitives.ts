import { z } from 'zod';

/**
 * The field types of the sync wire format. Defined here rather than borrowed from the record shapes, so a
 * change to a local record cannot silently change what a published protocol version accepts: a device may
 * hold an outbox written by an older app for weeks, and head office must still read it.
 */

/**
 * A record id: a client-made UUIDv7 or a head-office id (`demo-case-00042`, a core-banking key). Printable
 * ASCII without spaces, so ids are safe in URLs, logs and composite keys.
 */
export const IdSchema = z.string().regex(/^[\x21-\x7e]{1,128}$/, 'id must be 1-128 printable ASCII characters without spaces');

/**
 * A device id. Letters, digits, `_` and `-` only, so it can end an HLC string and sorts the same by bytes
 * (a server's collation) as by UTF-16 code units (JavaScript).
 */
export const DeviceIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'device id must be 1-64 of A-Z a-z 0-9 _ -');

/** A client-made id for a new record: UUID version 7 (time-ordered). */
export const NewIdSchema = z.uuid({ version: 'v7' });

/** Integer fen (分), never a float; 10^12 yuan in fen still fits a safe integer. */
export const FenSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** An amount that must be more than nothing: a payment, a promise, a receipt, an instalment. */
export const PositiveFenSchema = FenSchema.min(1, 'amount must be at least 1 fen');

/** A calendar date YYYY-MM-DD that exists (no 2023-02-29), in the case's time zone. */
export const LocalDateSchema = z.iso.date({ error: 'date must be a real YYYY-MM-DD day' });

/** An instant, ISO 8601 with Z or an offset (2024-05-01T08:30:00+08:00). */
export const InstantSchema = z.iso.datetime({ offset: true, error: 'instant must be ISO 8601 with Z or an offset' });

/** sha256 as 64 lowercase hex digits. */
export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits');

/** Free text a person typed (notes, reasons). */
export const NoteSchema = z.string().max(2000);
/** A short reason that must be given (void, retire, override, reject). */
export const ReasonSchema = z.string().trim().min(1, 'a reason is required').max(500);
