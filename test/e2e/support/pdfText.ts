import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';

/**
 * Reading a letter's PDF back with poppler's pdftotext. CI installs poppler-utils (.ci/run), so in CI every PDF
 * check runs and a missing pdftotext fails; only a developer's machine without it leaves the checks out.
 */
const installed = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Whether the PDF checks run here: always in CI, elsewhere when pdftotext is installed. */
export const readsPdfs = installed || Boolean(process.env.CI);

/** For a test whose point is what the PDF says: skipped, with the reason, where the PDF cannot be read. */
export function needsPdftotext(): void {
  test.skip(!readsPdfs, 'needs pdftotext (apt-get install poppler-utils); CI installs it and never skips');
}

/** The PDF's text; `mode` is pdftotext's layout option. */
export function pdfText(file: string, mode: '-layout' | '-raw' | null = null): string {
  return execFileSync('pdftotext', [...(mode ? [mode] : []), file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
