import { z } from 'zod';
import type { IpcChannel } from './channels';
import { isSafeFileName, MAX_FILE_NAME_LENGTH, utf8ByteLength } from './fileName';
import { HEAD_OFFICE_URL_PATTERN } from './headOfficeUrl';
import { IPC_ERROR_CODES, type IpcResult } from './result';

/**
 * The one contract between renderer and main process: each channel's request and response schemas.
 * The preload lets through only these channels; the main process checks sender and request against
 * them, and checks its own response too, so a handler cannot drift from what the renderer expects.
 */
export { IPC_CHANNELS, isIpcChannel, type IpcChannel } from './channels';
export { IPC_ERROR_CODES, ipcErr, ipcOk, type IpcError, type IpcErrorCode, type IpcResult } from './result';

/** 20 MB of UTF-8: a full portfolio export as CSV is a few MB; more is a bug or an attack. */
export const MAX_SAVE_TEXT_BYTES = 20 * 1024 * 1024;

export const SAVE_TEXT_MIME_TYPES = ['text/csv', 'application/json', 'text/plain'] as const;
export type SaveTextMimeType = (typeof SAVE_TEXT_MIME_TYPES)[number];

const safeFileName = z
  .string()
  .max(MAX_FILE_NAME_LENGTH)
  .refine(isSafeFileName, 'must be a plain file name: no path separators, reserved characters or device names');

const textContent = z
  .string()
  // Check the cheap character count first: a string longer than the limit in UTF-16 units is longer in bytes.
  .refine((s) => s.length <= MAX_SAVE_TEXT_BYTES && utf8ByteLength(s) <= MAX_SAVE_TEXT_BYTES, 'must be at most 20 MB');

/** The data key's length: 256 bits. */
export const DATA_KEY_BYTES = 32;

/** 200 MB: a 1,000-letter batch is a few MB; more is a bug. Must start with %PDF. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;
const pdfBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 4 && b.byteLength <= MAX_PDF_BYTES, 'must be a PDF of at most 200 MB')
  .refine((b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46, 'must be a PDF (%PDF)');

/** 50 MB: a report workbook for a bank's branches is well under 1 MB. An XLSX is a zip: it starts with "PK", 3, 4. */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;
const xlsxBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 4 && b.byteLength <= MAX_XLSX_BYTES, 'must be a workbook of at most 50 MB')
  .refine((b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04, 'must be an XLSX workbook (PK zip)');

export const ipcContract = {
  'app:info': {
    request: z.strictObject({}),
    response: z.strictObject({
      kind: z.literal('electron'),
      version: z.string(),
      os: z.string(),
      /** The head office this install was started with; null when none was configured. */
      headOfficeUrl: z.string().max(2048).regex(HEAD_OFFICE_URL_PATTERN).nullable(),
    }),
  },
  'files:saveText': {
    request: z.strictObject({
      suggestedName: safeFileName,
      content: textContent,
      mimeType: z.enum(SAVE_TEXT_MIME_TYPES),
    }),
    response: z.discriminatedUnion('saved', [
      z.strictObject({ saved: z.literal(true), path: z.string() }),
      z.strictObject({ saved: z.literal(false) }),
    ]),
  },
  'files:savePdf': {
    request: z.strictObject({
      suggestedName: safeFileName.refine((n) => n.toLowerCase().endsWith('.pdf'), 'must end in .pdf'),
      bytes: pdfBytes,
    }),
    response: z.discriminatedUnion('saved', [
      z.strictObject({ saved: z.literal(true), path: z.string() }),
      z.strictObject({ saved: z.literal(false) }),
    ]),
  },
  /** Save-as for a workbook (the monthly report, issue 15 §6). */
  'files:saveXlsx': {
    request: z.strictObject({
      suggestedName: safeFileName.refine((n) => n.toLowerCase().endsWith('.xlsx'), 'must end in .xlsx'),
      bytes: xlsxBytes,
    }),
    response: z.discriminatedUnion('saved', [
      z.strictObject({ saved: z.literal(true), path: z.string() }),
      z.strictObject({ saved: z.literal(false) }),
    ]),
  },
  /** Opens the system print dialog for a PDF (letters, receipts, labels). */
  'letters:print': {
    request: z.strictObject({ title: z.string().max(200), bytes: pdfBytes }),
    response: z.strictObject({ shown: z.boolean() }),
  },
  /** The store's data key (32 bytes), unwrapped from the OS key store; the renderer keeps it in memory only. */
  'keys:dataKey': {
    request: z.strictObject({}),
    response: z.strictObject({ key: z.instanceof(Uint8Array).refine((k) => k.byteLength === DATA_KEY_BYTES, 'must be 32 bytes') }),
  },
  /** Deletes the wrapped key file (a revoked device is wiped): the sealed store can never be read again. */
  'keys:forget': {
    request: z.strictObject({}),
    response: z.strictObject({ forgotten: z.boolean() }),
  },
  /**
   * An error the renderer caught (an error boundary), for the main process's file log. Where it happened and the
   * error's name, message and stack, bounded; no form contents. The main process masks long numbers on top.
   */
  'log:rendererError': {
    request: z.strictObject({
      where: z.string().regex(/^[\w:./-]{1,80}$/, 'must be a short place name such as screen:cases'),
      name: z.string().max(100),
      message: z.string().max(1000),
      stack: z.string().max(8000).optional(),
    }),
    response: z.strictObject({ logged: z.boolean() }),
  },
  // `satisfies` fails to compile when a channel in channels.ts has no schemas here, or one here is not listed there.
} as const satisfies Record<IpcChannel, { request: z.ZodType; response: z.ZodType }>;

/** What the renderer sends. */
export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcContract)[C]['request']>;
/** What the renderer gets back inside `{ ok: true, value }`. */
export type IpcResponse<C extends IpcChannel> = z.output<(typeof ipcContract)[C]['response']>;

/** The envelope as a schema, for a renderer that wants to check what crossed the boundary. */
export function ipcResultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), error: z.strictObject({ code: z.enum(IPC_ERROR_CODES), message: z.string() }) }),
  ]);
}

export type IpcResultOf<C extends IpcChannel> = IpcResult<IpcResponse<C>>;
