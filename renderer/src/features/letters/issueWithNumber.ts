import type { ActionResult } from '../../state/fieldworkSlice';

/** How often a letter is rendered again when its number was taken while it rendered (another issue on this device). */
const ATTEMPTS = 3;

/**
 * Issues with the next number, without a gap in the register: `attempt` renders the letter (or batch) with
 * the counter read now and then registers it with an action that takes the number in the same transaction.
 * A render that fails takes nothing; a number taken meanwhile (`number_taken`) means render again with the
 * next one.
 */
export async function withNextNumber<T>(nextCounter: () => Promise<number>, attempt: (counter: number) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  for (let i = 1; ; i++) {
    const result = await attempt(await nextCounter());
    if (result.ok || result.error.code !== 'number_taken' || i >= ATTEMPTS) return result;
  }
}
