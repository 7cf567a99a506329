// What the letters suite's parent and its batch child share: the demo letters to print, and PDF facts.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { DEMO_SEED, demoInput } from '../../scripts/letters/demo.mjs';

/**
 * Demo cases 0, 1, 2, … through buildLetter (as `npm run letters -- batch` does) until `count` letters are
 * issued; cases without a recipient and letters buildLetter refuses (a block) are skipped and counted.
 * Times are sums over the calls: `inputsMs` generating the demo case and its LetterInput, `buildMs` buildLetter.
 * `keepInputs`: also return the issued letters' LetterInputs (what the app's batch screen posts to its worker).
 */
export function collectLetters(shared, { count, type, lang, date, maxScan = count * 3, keepInputs = false }) {
  const snapshotDate = shared.calendar.addDays(date, -3);
  const docs = [];
  const numbers = [];
  const inputs = [];
  const refused = {};
  let inputsMs = 0;
  let buildMs = 0;
  let scanned = 0;
  for (let i = 0; docs.length < count && i < maxScan; i++) {
    scanned++;
    let t = performance.now();
    const kase = shared.demo.generateCase(DEMO_SEED, i, { snapshotDate });
    const { input, error } = demoInput(shared, kase, { type, lang, date, counter: i + 1 });
    inputsMs += performance.now() - t;
    if (error) {
      refused[error] = (refused[error] ?? 0) + 1;
      continue;
    }
    t = performance.now();
    const result = shared.letters.buildLetter(input);
    buildMs += performance.now() - t;
    if (!result.issued) {
      for (const p of result.problems.filter((x) => x.severity === 'block')) refused[p.code] = (refused[p.code] ?? 0) + 1;
      continue;
    }
    docs.push(result.docDefinition);
    numbers.push(result.record.number);
    if (keepInputs) inputs.push(input);
  }
  if (docs.length < count) throw new Error(`only ${docs.length} of ${count} letters issued in ${scanned} demo cases`);
  return { docs, numbers, inputs, scanned, refused, inputsMs, buildMs, digest: digestOf(numbers) };
}

/** A short fingerprint of the letter numbers, so the parent can tell the child printed the same letters. */
export const digestOf = (numbers) => createHash('sha256').update(numbers.join('\n')).digest('hex').slice(0, 16);

/** Page objects in a PDF (pdfkit and Skia both write them uncompressed, outside object streams). */
export function pdfPages(buffer) {
  return (Buffer.from(buffer).toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/** Peak and current resident memory of a process from /proc (MiB), or null where there is no /proc. */
export function procStatus(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
