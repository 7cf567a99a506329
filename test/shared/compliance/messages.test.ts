import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { CAP_COUNTS, CAP_SCOPES } from '../../../shared/compliance/packSchema';
import { COMPLIANCE_MESSAGES, messageTemplate, renderMessage, type MessageTree } from '../../../shared/compliance/messages';
import { CONTACT_REQUIREMENTS, HOLD_KINDS, WORDING_CATEGORIES } from '../../../shared/compliance/vocabulary';

function flatten(tree: MessageTree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flatten(v, key));
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const zh = flatten(COMPLIANCE_MESSAGES['zh-CN']);
const en = flatten(COMPLIANCE_MESSAGES.en);

/** Every key the engine can emit (the engine tests check the keys it does emit exist too). */
const EMITTED = [
  'compliance.contactWindow',
  'compliance.contactWindowWithConsent',
  ...CAP_COUNTS.flatMap((c) => CAP_SCOPES.flatMap((s) => [`compliance.frequency.${c}.${s}.calendar_day`, `compliance.frequency.${c}.${s}.rolling_days`])),
  'compliance.coolDown',
  'compliance.thirdParty.stopRequested',
  'compliance.thirdParty.notAllowed',
  'compliance.thirdParty.debtorReachable',
  'compliance.thirdParty.noDebtMention',
  ...HOLD_KINDS.flatMap((k) => [`compliance.hold.${k}`, `compliance.holdUntil.${k}`]),
  'compliance.visit.minStaff',
  ...CONTACT_REQUIREMENTS.map((r) => `compliance.requirement.${r}`),
  ...WORDING_CATEGORIES.map((c) => `compliance.wording.${c}`),
];

describe('COMPLIANCE_MESSAGES', () => {
  it('has the same keys, and the same placeholders per key, in zh-CN and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(zh[key] ?? ''));
  });

  it('has a non-empty text for every key the engine emits', () => {
    for (const key of EMITTED) {
      expect(zh[key], key).toMatch(/\S/);
      expect(en[key], key).toMatch(/\S/);
    }
    expect(EMITTED).toHaveLength(2 + 18 + 1 + 4 + 18 + 1 + 3 + 9);
  });

  it.each([
    ['zh-CN', 'compliance.frequency.unanswered.per_number.calendar_day', { count: 6, limit: 6, next: 7 }, '该号码今日（当地时间）未接通的呼叫已有 6 次，上限为 6 次，本次将是第 7 次。'],
    ['en', 'compliance.frequency.all_attempts.per_debt.rolling_days', { count: 7, limit: 7, next: 8, days: 7 }, '7 attempts with this person about this debt in the last 7 days; the limit is 7, so this would be number 8.'],
    ['zh-CN', 'compliance.contactWindow', { localTime: '22:00', timeZone: 'Asia/Shanghai', start: '08:00', end: '22:00' }, '当地时间 22:00（Asia/Shanghai）不在允许的联系时段 08:00–22:00 内。'],
    ['en', 'compliance.holdUntil.breathing_space', { since: '2026-10-01', until: '2026-11-30' }, 'In a breathing space since 2026-10-01: collection contact is suspended. The hold ends on 2026-11-30.'],
  ] as const)('%s %s', (language, key, params, text) => {
    expect(renderMessage(language, key, params)).toBe(text);
  });

  it('refuses an unknown key or a missing parameter', () => {
    expect(messageTemplate('en', 'compliance.nothing')).toBeUndefined();
    expect(messageTemplate('en', 'compliance.frequency')).toBeUndefined(); // a branch, not a message
    expect(() => renderMessage('en', 'compliance.nothing', {})).toThrow('no en message for compliance.nothing');
    expect(() => renderMessage('en', 'compliance.visit.minStaff', { minStaff: 2 })).toThrow('needs {{staffCount}}');
  });

  it('works as i18next resources, the way the renderer merges them', async () => {
    const i18n = createInstance();
    await i18n.init({
      resources: { 'zh-CN': { translation: COMPLIANCE_MESSAGES['zh-CN'] }, en: { translation: COMPLIANCE_MESSAGES.en } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
    expect(i18n.t('compliance.visit.minStaff', { minStaff: 2, staffCount: 1 })).toBe('外访至少需要 2 名工作人员，本次为 1 名。');
    // `count` makes i18next look for plural forms first; without any it must fall back to the key itself.
    expect(i18n.t('compliance.frequency.connected.per_debtor.calendar_day', { count: 3, limit: 3, next: 4 })).toBe(
      '与该联系人今日（当地时间）已接通的通话已有 3 次，上限为 3 次，本次将是第 4 次。',
    );
    await i18n.changeLanguage('en');
    expect(i18n.t('compliance.visit.minStaff', { minStaff: 2, staffCount: 1 })).toBe('A visit needs at least 2 staff; this one has 1.');
  });
});
