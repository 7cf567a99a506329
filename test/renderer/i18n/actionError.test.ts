import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { ActionRefused, toActionError } from '../../../renderer/src/i18n/actionError';
import { actionMessages } from '../../../renderer/src/i18n/modules/actions';

beforeAll(async () => {
  await initI18n('zh-CN');
});

const keysOf = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keysOf(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('an action’s error is data, translated (zh-CN first, English)', () => {
  it('a permission refusal names the role and the action in the user’s language', async () => {
    const refused = new ActionRefused('permissions.refused.not_your_case', { role: 'staffRole.collector', action: 'permissions.action.log_contact' }, ['role', 'action']);
    await i18next.changeLanguage('zh-CN');
    const zh = toActionError(refused);
    expect(zh.code).toBe('not_your_case');
    expect(zh.message).toMatch(/^本案件未分配给您，不能.+。$/);
    await i18next.changeLanguage('en');
    expect(toActionError(refused).message).toMatch(/^This case is not assigned to you: you may not .+\.$/);
  });

  it('a zod refusal says which field', async () => {
    await i18next.changeLanguage('zh-CN');
    const parsed = z.object({ amountFen: z.number().int().positive() }).safeParse({ amountFen: 0 });
    const error = toActionError(parsed.error);
    expect(error).toMatchObject({ code: 'invalid', params: { field: 'amountFen' } });
    expect(error.message).toMatch(/^输入有误（amountFen）：/);
  });

  it.each(keysOf(actionMessages['zh-CN']))('%s exists in both languages', async (key) => {
    for (const lng of ['zh-CN', 'en'] as const) {
      await i18next.changeLanguage(lng);
      expect(i18next.exists(key)).toBe(true);
    }
    expect(keysOf(actionMessages.en)).toContain(key);
  });
});
