import { describe, expect, it } from 'vitest';
import { sessionMessages } from '../../../renderer/src/i18n/modules/session';
import { REJECTION_CODES } from '../../../shared/sync/protocol';

/** The Sync screen names each refusal in the user's language by its code (SyncScreen.tsx), head office's detail after it. */
describe('rejection codes on the Sync screen', () => {
  it.each(['zh-CN', 'en'] as const)('every code head office sends has its own %s message', (lang) => {
    const messages: Record<string, string> = sessionMessages[lang].syncUi.rejection;
    for (const code of REJECTION_CODES) {
      expect(messages[code], code).toBeTruthy();
      expect(messages[code], code).not.toBe(messages.other);
    }
    expect(new Set(REJECTION_CODES.map((c) => messages[c])).size).toBe(REJECTION_CODES.length);
  });
});
