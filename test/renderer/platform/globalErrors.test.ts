import { describe, expect, it, vi } from 'vitest';
import { reportGlobalErrors } from '../../../renderer/src/platform/globalErrors';

function eventWith(type: string, fields: Record<string, unknown>): Event {
  return Object.assign(new Event(type), fields);
}

describe('errors outside React', () => {
  it('an uncaught error and an unhandled rejection are reported with where they came from', () => {
    const target = new EventTarget();
    const report = vi.fn();
    reportGlobalErrors(target, report);
    const thrown = new Error('timer failed');
    target.dispatchEvent(eventWith('error', { error: thrown }));
    target.dispatchEvent(eventWith('unhandledrejection', { reason: 'sync aborted' }));
    expect(report.mock.calls).toEqual([
      [{ where: 'window:error', error: thrown }],
      [{ where: 'window:unhandledrejection', error: 'sync aborted' }],
    ]);
  });

  it('stops when asked', () => {
    const target = new EventTarget();
    const report = vi.fn();
    reportGlobalErrors(target, report)();
    target.dispatchEvent(eventWith('error', { error: new Error('x') }));
    expect(report).not.toHaveBeenCalled();
  });
});
