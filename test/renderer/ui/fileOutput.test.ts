import { describe, expect, it } from 'vitest';
import { outputOrProblem } from '../../../renderer/src/ui/fileOutput';

describe('outputOrProblem: a save, print or export that fails is told, not swallowed', () => {
  it('a save that works: no problem', async () => {
    expect(await outputOrProblem(async () => ({ saved: true, path: '/tmp/x.csv' }))).toBeNull();
  });
  it('no platform (nothing to run): no problem', async () => {
    expect(await outputOrProblem(() => undefined)).toBeNull();
  });
  it('a failure comes back as its words', async () => {
    expect(await outputOrProblem(async () => Promise.reject(new Error('ENOSPC: no space left on device')))).toBe('ENOSPC: no space left on device');
    expect(await outputOrProblem(async () => Promise.reject('denied'))).toBe('denied');
  });
});
