// Letters: templates as data, checks, and pdfmake document definitions (the PDF bytes are made outside shared/).
export * from './types';
export * from './templates';
export {
  formatLetterNumber,
  parseLetterNumber,
  verificationCode,
  verifyLetterCode,
  formatVerificationCode,
  canonicalVerificationText,
  type LetterNumberParts,
  type VerificationFields,
} from './serial';
export { projectPenalty, accountLines, letterAmounts, amountMismatches, componentTotal, COMPONENTS, type Component } from './amounts';
export { missingGlyphs, fontHas, decodeBase64, codePointLabel } from './glyphs';
export { checkLetter, blocks, DEFAULT_LETTER_CAP } from './check';
export { buildLetter, type BuildResult } from './build';
export { mergeLetters, letterSlices, BATCH_SLICE, addressLabels, mailingList, type MailItem, type MailOptions } from './batch';
export { planVolumes, LETTERS_PER_VOLUME, type VolumeRange } from './volumes';
export { joinPdfs, PdfJoinError } from './pdfJoin';
export { activeAddress, formatAddress, prepareLetter, type LetterModel } from './prepare';
export { formatLetterDate, fill } from './render';
export { arrangementInForce, arrangementText, type ArrangementInForce } from './inForce';
export { LETTER_FONT, PAGE_MARGINS, makeFooter, withFooter, type LetterDocDefinition, type LetterDocMeta, type PdfContent, type PdfNode, type PdfWatermark } from './pdf';
export { LETTER_MESSAGES, letterProblemKey } from './messages';
export type { LetterInput, LetterBranch, GuaranteeStatus } from './input';
