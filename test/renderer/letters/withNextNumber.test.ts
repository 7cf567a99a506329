import { describe, expect, it } from 'vitest';
import { withNextNumber } from '../../../renderer/src/letters/issueWithNumber';
import type { ActionResult } from '../../../renderer/src/store/runAction';

const refused = (code: string): ActionResult<string> => ({ ok: false, error: { code, key: `letters.error.${code}`, params: {}, message: code } });

describe('withNextNumber: render with the next number, register taking it, render again if it was taken meanwhile', () => {
  it('renders again with the new next number when the number was taken while rendering', async () => {
    let next = 7;
    const tried: number[] = [];
    const result = await withNextNumber(
      async () => next,
      async (counter) => {
        tried.push(counter);
        if (tried.length === 1) {
          next = 8; // another letter took 7 while this one rendered
          return refused('number_taken');
        }
        return { ok: true, value: `letter ${counter}` };
      },
    );
    expect(tried).toEqual([7, 8]);
    expect(result).toEqual({ ok: true, value: 'letter 8' });
  });

  it('does not retry any other refusal, and gives up after three attempts', async () => {
    let calls = 0;
    expect(await withNextNumber(async () => 1, async () => (calls++, refused('letter_refused')))).toMatchObject({ ok: false, error: { code: 'letter_refused' } });
    expect(calls).toBe(1);
    calls = 0;
    expect(await withNextNumber(async () => 1, async () => (calls++, refused('number_taken')))).toMatchObject({ ok: false, error: { code: 'number_taken' } });
    expect(calls).toBe(3);
  });
});
