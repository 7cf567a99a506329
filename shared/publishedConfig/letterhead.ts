import { z } from 'zod';
import { decodeBase64 } from '../letters/glyphs';

/**
 * A branch's letterhead as head office publishes it (docs/server.md, "Published configuration"): what every
 * letter of the branch prints about the bank — names, address, numbers, the repayment account and channels —
 * and the seal or logo image printed in the seal box. A device prints no letter of a branch without one.
 */

/** The seal/logo image at most this many bytes (it travels to every device of the branch, and into every PDF). */
export const LETTERHEAD_IMAGE_MAX_BYTES = 200 * 1024;
export const LETTERHEAD_IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;
export type LetterheadImageType = (typeof LETTERHEAD_IMAGE_TYPES)[number];

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** What the bytes are, from their first bytes (never from a file name or a declared type). */
export function imageTypeOf(bytes: Uint8Array): LetterheadImageType | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(PNG_MAGIC)) return 'image/png';
  if (starts(JPEG_MAGIC)) return 'image/jpeg';
  return null;
}

export const LetterheadImageSchema = z
  .object({
    mediaType: z.enum(LETTERHEAD_IMAGE_TYPES),
    /** The image bytes, base64. */
    base64: z.string().min(1).max(Math.ceil((LETTERHEAD_IMAGE_MAX_BYTES * 4) / 3) + 8, `the image is larger than ${LETTERHEAD_IMAGE_MAX_BYTES / 1024} KB`),
  })
  .superRefine((img, ctx) => {
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64(img.base64);
    } catch {
      ctx.addIssue({ code: 'custom', path: ['base64'], message: 'the image is not base64' });
      return;
    }
    if (bytes.length > LETTERHEAD_IMAGE_MAX_BYTES) ctx.addIssue({ code: 'custom', path: ['base64'], message: `the image is larger than ${LETTERHEAD_IMAGE_MAX_BYTES / 1024} KB` });
    const actual = imageTypeOf(bytes);
    if (actual === null) ctx.addIssue({ code: 'custom', path: ['base64'], message: 'the image is not a PNG or JPEG file' });
    else if (actual !== img.mediaType) ctx.addIssue({ code: 'custom', path: ['mediaType'], message: `the image is ${actual}, not ${img.mediaType}` });
  });
export type LetterheadImage = z.output<typeof LetterheadImageSchema>;

const Line = (max: number) => z.string().trim().min(1, 'required').max(max);
const Phone = z.string().trim().regex(/^[0-9][0-9 ()+-]{4,29}$/, 'a phone number: digits, spaces, + ( ) -');

export const LetterheadSchema = z.strictObject({
  bankName: Line(60),
  branchName: Line(60),
  address: Line(120),
  postcode: z.string().trim().regex(/^\d{6}$/, 'a postcode is 6 digits'),
  phone: Phone,
  disputePhone: Phone,
  repayAccount: z.strictObject({
    name: Line(60),
    number: z.string().trim().regex(/^[0-9][0-9 ]{7,39}$/, 'an account number: 8 or more digits'),
    bank: Line(60),
  }),
  /** Ways to check the account and repay, as printed (手机银行 App, 各营业网点柜面 …). */
  repayChannels: z.array(Line(60)).min(1, 'at least one repayment channel').max(8),
  /** The seal or logo printed in the seal box; null: the box stays empty for a wet seal. */
  seal: LetterheadImageSchema.nullable(),
});
export type Letterhead = z.output<typeof LetterheadSchema>;

/** data: URL of the image, as pdfmake takes it. */
export const imageDataUrl = (img: LetterheadImage): string => `data:${img.mediaType};base64,${img.base64}`;
