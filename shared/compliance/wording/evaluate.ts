import { z } from 'zod';
import type { Pack } from '../packSchema';
import { WORDING_CATEGORIES, type WordingCategory } from '../vocabulary';
import { checkWording, type WordingContext } from '../wording';

/**
 * Precision and recall of the wording check on a labelled corpus (test/fixtures/wording), per category and
 * overall: what `npm run bench -- wording` prints and the corpus test asserts.
 */
export interface LabelledSentence {
  line: number;
  text: string;
  /** The categories the sentence breaks; empty for lawful text. */
  labels: WordingCategory[];
}

const LabelSchema = z.union([z.literal('ok'), z.enum(WORDING_CATEGORIES)]);

/** `label<TAB>text` lines; `#` comments and blank lines skipped. Throws on an unknown label, naming the line. */
export function parseCorpus(tsv: string): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    if (tab < 0) throw new Error(`corpus line ${i + 1}: no tab between label and text`);
    const labels = line.slice(0, tab).split(',').map((l) => LabelSchema.parse(l.trim()));
    sentences.push({ line: i + 1, text: line.slice(tab + 1), labels: labels.filter((l): l is WordingCategory => l !== 'ok') });
  });
  return sentences;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface CorpusReport {
  sentences: number;
  overall: Score;
  byCategory: Partial<Record<WordingCategory, Score>>;
  /** Sentences judged wrongly, for whoever improves the rules. */
  misses: { line: number; text: string; expected: WordingCategory[]; got: WordingCategory[] }[];
  msPerSentence: number;
}

const score = (tp: number, fp: number, fn: number): Score => ({ tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) });

/** Categories the pack has rules for: a sentence labelled with another category is not the pack's to catch. */
export function categoriesOf(pack: Pack): Set<WordingCategory> {
  return new Set(pack.wording.map((r) => r.category));
}

/** `now` is the clock the time per sentence is read from (the bench passes performance.now). */
export function scoreCorpus(pack: Pack, sentences: readonly LabelledSentence[], context: WordingContext = {}, now: () => number = Date.now): CorpusReport {
  const known = categoriesOf(pack);
  const counts = new Map<WordingCategory, [number, number, number]>();
  const bump = (c: WordingCategory, k: 0 | 1 | 2) => {
    const row = counts.get(c) ?? [0, 0, 0];
    row[k]++;
    counts.set(c, row);
  };
  const misses: CorpusReport['misses'] = [];
  let [caught, falseAlarms, missed] = [0, 0, 0];
  const started = now();
  const results = sentences.map((s) => new Set(checkWording(pack, s.text, context).map((f) => f.category)));
  const msPerSentence = sentences.length === 0 ? 0 : (now() - started) / sentences.length;
  sentences.forEach((s, i) => {
    const got = results[i] as Set<WordingCategory>;
    const expected = new Set(s.labels.filter((l) => known.has(l)));
    let wrong = false;
    for (const c of known) {
      if (got.has(c) && expected.has(c)) bump(c, 0);
      else if (got.has(c)) {
        bump(c, 1);
        wrong = true;
      } else if (expected.has(c)) {
        bump(c, 2);
        wrong = true;
      }
    }
    // Overall: a sentence is caught when any expected category is found, a false alarm when lawful text is flagged.
    if (expected.size > 0 && got.size > 0) caught++;
    else if (expected.size > 0) missed++;
    else if (got.size > 0) falseAlarms++;
    if (wrong) misses.push({ line: s.line, text: s.text, expected: [...expected], got: [...got] });
  });
  const byCategory: CorpusReport['byCategory'] = {};
  for (const [c, [tp, fp, fn]] of counts) byCategory[c] = score(tp, fp, fn);
  return { sentences: sentences.length, overall: score(caught, falseAlarms, missed), byCategory, misses, msPerSentence };
}
