import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { generateCase } from '../../../shared/demo';
import { buildLetter, mergeLetters, planVolumes, type LetterDocDefinition } from '../../../shared/letters';
import { renderPdf } from '../../../scripts/letters/pdf.mjs';
import { fixtureInput, POPPLER } from './fixture';

const dir = mkdtempSync(join(tmpdir(), 'letters-volumes-'));
let n = 0;
const file = (bytes: Uint8Array) => {
  const path = join(dir, `${++n}.pdf`);
  writeFileSync(path, bytes);
  return path;
};
const pages = (bytes: Uint8Array) => execFileSync('pdftotext', ['-enc', 'UTF-8', file(bytes), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
const pdffonts = (bytes: Uint8Array) => execFileSync('pdffonts', [file(bytes)], { encoding: 'utf8' });
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * What the PDF worker does with a batch (renderer/src/workers/letterPdf.worker.ts): every input built, those
 * that pass merged in order. Built afresh for every render: pdfmake writes its layout into the definition.
 * Input 3 is a case on hold (refused, no number), as a batch meets them.
 */
function batchDocs(): (LetterDocDefinition | null)[] {
  const out: (LetterDocDefinition | null)[] = [];
  for (let i = 0; out.length < 10 && i < 40; i++) {
    const c = generateCase(20261123, i, { snapshotDate: '2026-11-20' });
    const borrower = c.parties.find((p) => p.role === 'borrower');
    if (!borrower) continue;
    const held = out.length === 3 ? { ...c, status: 'on_hold' as const, holdReason: 'other' as const } : c;
    const r = buildLetter(fixtureInput({ case: held, partyId: borrower.id, issueDate: '2026-11-23', calendar: CN_MAINLAND_CALENDAR, serial: { branchCode: '310115', year: 2026, deviceCode: 'DK7Q2M', counter: out.length + 1 } }));
    out.push(r.issued ? r.docDefinition : null);
  }
  return out;
}
const renderVolume = (start: number, end: number) => renderPdf(mergeLetters(batchDocs().slice(start, end).filter((d): d is LetterDocDefinition => d !== null)));

describe.skipIf(!POPPLER)('a batch in volumes reads as the batch in one PDF, in order', () => {
  let whole: Uint8Array;
  let volumes: Uint8Array[];
  let ranges: ReturnType<typeof planVolumes>;
  beforeAll(async () => {
    const docs = batchDocs();
    ranges = planVolumes(docs.map((d) => d !== null), 3);
    whole = await renderPdf(mergeLetters(docs.filter((d): d is LetterDocDefinition => d !== null)));
    volumes = [];
    for (const r of ranges) volumes.push(await renderVolume(r.start, r.end));
  }, 120_000);

  it('splits the letters into volumes of at most 3, the refused input taking none', () => {
    const docs = batchDocs();
    expect(docs[3]).toBeNull();
    const issued = docs.filter((d) => d !== null).length;
    expect(ranges.reduce((s, r) => s + r.letters, 0)).toBe(issued);
    expect(ranges.length).toBe(Math.ceil(issued / 3));
    expect(ranges.every((r) => r.letters <= 3)).toBe(true);
  });

  it('the volumes’ pages, one after another, are the single run’s pages, text for text', () => {
    const joined = volumes.flatMap(pages);
    expect(joined.length).toBe(pages(whole).length);
    expect(joined).toEqual(pages(whole));
  });

  it('each volume is deterministic: rendered again, the same bytes', async () => {
    for (const [k, r] of ranges.entries()) expect(sha(await renderVolume(r.start, r.end)), `volume ${k + 1}`).toBe(sha(volumes[k]!));
  }, 120_000);

  it('each volume embeds its font as a subset', () => {
    for (const v of volumes) {
      const fonts = pdffonts(v).split('\n').filter((l) => l.includes('SourceHanSans'));
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+SourceHanSansSC-\S+\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    }
  });
});
