/**
 * What a file name suggested by the renderer may look like. The main process joins it to a folder before
 * showing the save dialog, so it must never carry a path (a compromised renderer could otherwise aim the
 * dialog's default at a system folder) nor characters Windows refuses.
 */
export const MAX_FILE_NAME_LENGTH = 200;

const WINDOWS_FORBIDDEN = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
// CON, PRN, AUX, NUL, COM1-9, LPT1-9 are devices on Windows, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function isSafeFileName(name: string): boolean {
  if (name.length === 0 || name.length > MAX_FILE_NAME_LENGTH) return false;
  for (const ch of name) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f || WINDOWS_FORBIDDEN.has(ch)) return false;
  }
  if (/^[. ]+$/.test(name)) return false; // ".", "..", and names Windows would strip to nothing
  if (/[. ]$/.test(name)) return false; // Windows silently drops a trailing dot or space
  return !WINDOWS_RESERVED.test(name);
}

/** UTF-8 size without TextEncoder or Buffer (shared/ has neither DOM nor Node types). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
