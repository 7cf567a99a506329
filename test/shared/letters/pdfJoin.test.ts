import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { generateCase } from '../../../shared/demo';
import { buildLetter, joinPdfs, letterSlices, mergeLetters, PdfJoinError, type LetterDocDefinition } from '../../../shared/letters';
import { renderPdf, renderSlices } from '../../../scripts/letters/pdf.mjs';
import { fixtureInput, POPPLER } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'letters-join-'));
let n = 0;
const file = (bytes: Uint8Array) => {
  const path = join(dir, `${++n}.pdf`);
  writeFileSync(path, bytes);
  return path;
};
const pdftotext = (bytes: Uint8Array) => execFileSync('pdftotext', ['-enc', 'UTF-8', file(bytes), '-'], { encoding: 'utf8' });
const pdffonts = (bytes: Uint8Array) => execFileSync('pdffonts', [file(bytes)], { encoding: 'utf8' });
const pdfinfo = (bytes: Uint8Array) => execFileSync('pdfinfo', [file(bytes)], { encoding: 'utf8' });
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The first `count` demo demand notices (some run to two pages). */
function demoLetters(count: number): LetterDocDefinition[] {
  const docs: LetterDocDefinition[] = [];
  for (let i = 0; docs.length < count && i < 40; i++) {
    const c = generateCase(20261123, i, { snapshotDate: '2026-11-20' });
    const borrower = c.parties.find((p) => p.role === 'borrower');
    if (!borrower) continue;
    const r = buildLetter(fixtureInput({ case: c, partyId: borrower.id, issueDate: '2026-11-23', calendar: CN_MAINLAND_CALENDAR, serial: { branchCode: '310115', year: 2026, deviceCode: 'DK7Q2M', counter: i + 1 } }));
    if (r.issued) docs.push(r.docDefinition);
  }
  return docs;
}

describe('letterSlices', () => {
  it('cuts a batch into fixed slices in order, each titled as the whole batch', () => {
    const docs = demoLetters(7);
    const slices = letterSlices(docs, 3);
    expect(slices.map((s) => s.content.length)).toEqual([3, 3, 1]);
    expect(slices.every((s) => s.info.title === '7 letters' && s.info.subject === 'batch')).toBe(true);
    expect(() => letterSlices(docs, 0)).toThrow(RangeError);
    expect(() => letterSlices([], 3)).toThrow(RangeError);
  });
});

describe.skipIf(!POPPLER)('joinPdfs: a batch rendered in slices reads as the batch rendered whole', () => {
  // Fresh definitions for every render: pdfmake writes its layout into the definition it is given.
  let whole: Uint8Array;
  let joined: Uint8Array;
  beforeAll(async () => {
    whole = await renderPdf(mergeLetters(demoLetters(7)));
    joined = await renderSlices(letterSlices(demoLetters(7), 3), joinPdfs);
  }, 60_000);

  it('the same text, page by page, and the same number of pages', () => {
    const a = pdftotext(whole).split('\f');
    const b = pdftotext(joined).split('\f');
    expect(b.length).toBe(a.length);
    expect(b).toEqual(a);
    expect(pdfinfo(joined)).toMatch(/Pages:\s+(\d+)/);
    expect(/Pages:\s+(\d+)/.exec(pdfinfo(joined))![1]).toBe(/Pages:\s+(\d+)/.exec(pdfinfo(whole))![1]);
  });

  it('each slice’s font embedded as a subset under its own name; the batch’s title', () => {
    const fonts = pdffonts(joined).split('\n').filter((l) => l.includes('SourceHanSans'));
    expect(fonts).toHaveLength(3);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+SourceHanSansSC-\S+\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(new Set(fonts.map((l) => l.split('+')[0])).size).toBe(3);
    expect(pdfinfo(joined)).toMatch(/Title:\s+7 letters/);
  });

  it('the same slices give the same bytes', async () => {
    expect(sha(await renderSlices(letterSlices(demoLetters(7), 3), joinPdfs))).toBe(sha(joined));
  }, 60_000);

  it('one part comes back as it is; what pdfkit did not write is refused', async () => {
    expect(joinPdfs([whole])).toBe(whole);
    expect(() => joinPdfs([whole, new TextEncoder().encode('%PDF-1.7\nnot a pdfkit file')])).toThrow(PdfJoinError);
    expect(() => joinPdfs([])).toThrow(RangeError);
  });
});
