import { describe, expect, it } from 'vitest';
import { escapeLeaves } from '../../../renderer/src/ui/escapeKey';

/** An element as far as escapeLeaves reads it: what `closest` finds for the editable-field selector. */
const element = (editable: boolean, contentEditable = false) => ({ closest: () => (editable ? {} : null), isContentEditable: contentEditable }) as unknown as EventTarget;
const key = (over: Partial<Pick<KeyboardEvent, 'key' | 'isComposing' | 'keyCode' | 'defaultPrevented' | 'target'>> = {}) => ({
  key: 'Escape',
  isComposing: false,
  keyCode: 27,
  defaultPrevented: false,
  target: element(false),
  ...over,
});

describe('Esc leaves the case only when nothing typed can be lost', () => {
  it.each([
    ['on the page', key(), true],
    ['another key', key({ key: 'Enter' }), false],
    ['in a text field or note', key({ target: element(true) }), false],
    ['in a contenteditable', key({ target: element(false, true) }), false],
    ['while an input method composes', key({ isComposing: true }), false],
    ['the IME keyCode 229', key({ keyCode: 229 }), false],
    ['a dropdown closed with it', key({ defaultPrevented: true }), false],
    ['no target', key({ target: null }), true],
  ])('%s → %s', (_where, e, leaves) => {
    expect(escapeLeaves(e)).toBe(leaves);
  });
});
