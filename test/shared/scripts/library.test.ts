import { describe, expect, it } from 'vitest';
import { CN_2026, PACKS, UK_FCA, US_REGF } from '../../../shared/compliance';
import { DEMO_SCRIPT_LIBRARY, EXCUSES, SCRIPT_STAGES, ScriptLibrarySchema, answersFor, libraryWordingFindings, scriptsFor, type ScriptLibrary } from '../../../shared/scripts';
import { PublishedConfigSchema } from '../../../shared/publishedConfig';

const withScript = (zh: string, en = 'Hello.'): ScriptLibrary => ({
  ...DEMO_SCRIPT_LIBRARY,
  scripts: [...DEMO_SCRIPT_LIBRARY.scripts, { id: 'extra', segment: 'able_unwilling', stage: 'negotiation', text: { 'zh-CN': zh, en } }],
});

describe('the demo library', () => {
  it('is a valid library with a general script for every stage and an answer to every excuse', () => {
    expect(ScriptLibrarySchema.safeParse(DEMO_SCRIPT_LIBRARY).success).toBe(true);
    for (const stage of SCRIPT_STAGES) expect(scriptsFor(DEMO_SCRIPT_LIBRARY, null, stage).scripts.length).toBeGreaterThan(0);
    expect(new Set(answersFor(DEMO_SCRIPT_LIBRARY, null).map((a) => a.excuse))).toEqual(new Set(EXCUSES));
  });

  it.each(Object.values(PACKS).map((p) => [p.meta.id, p] as const))('passes the wording check of %s', (_id, pack) => {
    expect(libraryWordingFindings(DEMO_SCRIPT_LIBRARY, [pack])).toEqual([]);
  });
});

describe('publishing refusal: prohibited wording', () => {
  it.each([
    ['a threat', '再不还款后果自负', CN_2026, 'cn.wording.threatInsult', '后果自负'],
    ['a fake blacklist', '不还就把你拉入征信黑名单', CN_2026, 'cn.wording.fakeBlacklist', '拉入征信黑名单'],
    ['telling the family', '我们会通知你的家人', CN_2026, 'cn.wording.disclosure', '通知你的家人'],
    ['borrowing to repay', '你可以找朋友借钱还上', CN_2026, 'cn.wording.borrowToRepay', '借钱还'],
    ['an invented fee', '逾期还要收取上门费', CN_2026, 'cn.wording.extraFees', '上门费'],
    ['a claim that is only a warning elsewhere', '你已经是失信被执行人了', CN_2026, 'cn.wording.dishonestListClaim', '失信被执行人'],
  ] as const)('%s is refused with the script, the phrase and the rule', (_name, zh, pack, ruleId, phrase) => {
    const findings = libraryWordingFindings(withScript(zh), [pack]);
    // The phrase reported is the span of the script's own text that carries the meaning (it may be wider than the key words).
    expect(findings).toContainEqual(expect.objectContaining({ itemId: 'extra', part: 'text', language: 'zh-CN', ruleId, phrase: expect.stringContaining(phrase), packId: pack.meta.id }));
    for (const f of findings) expect(zh).toContain(f.phrase);
  });

  it('checks the English text and the excuse answers too, but not what the debtor is heard saying', () => {
    expect(libraryWordingFindings(withScript('您好', 'We will tell your employer.'), [CN_2026])).toEqual([expect.objectContaining({ itemId: 'extra', language: 'en', ruleId: 'cn.wording.disclosure' })]);
    const answer = { id: 'bad.answer', excuse: 'no_money', segment: 'general', heard: { 'zh-CN': '你们就是骗子', en: 'You are scammers' }, answer: { 'zh-CN': '没钱就去网贷来还', en: 'Then pay.' } } as const;
    const findings = libraryWordingFindings({ ...DEMO_SCRIPT_LIBRARY, answers: [...DEMO_SCRIPT_LIBRARY.answers, answer] }, [CN_2026]);
    expect(findings).toEqual([expect.objectContaining({ itemId: 'bad.answer', part: 'answer', phrase: expect.stringContaining('网贷') })]);
  });

  it('checks under every pack it is given', () => {
    const findings = libraryWordingFindings(withScript('您好', 'We will take you to court.'), [CN_2026, UK_FCA, US_REGF]);
    expect(findings.map((f) => f.packId)).toContain('uk-fca');
  });
});

describe('the library schema', () => {
  const parse = (lib: unknown) => ScriptLibrarySchema.safeParse(lib);
  it.each([
    ['an unknown placeholder', withScript('请输入{{password}}'), 'unknown placeholder {{password}}'],
    ['an id used twice', { ...DEMO_SCRIPT_LIBRARY, scripts: [...DEMO_SCRIPT_LIBRARY.scripts, DEMO_SCRIPT_LIBRARY.scripts[0]] }, 'used twice'],
    ['a stage without a general script', { ...DEMO_SCRIPT_LIBRARY, scripts: DEMO_SCRIPT_LIBRARY.scripts.filter((s) => s.id !== 'general.closing') }, 'no general script for the stage closing'],
    ['a missing English text', { ...DEMO_SCRIPT_LIBRARY, scripts: [{ id: 'x', segment: 'general', stage: 'opening', text: { 'zh-CN': '您好' } }] }, 'en'],
    ['an unknown segment', { ...DEMO_SCRIPT_LIBRARY, scripts: [...DEMO_SCRIPT_LIBRARY.scripts, { id: 'y', segment: 'vip', stage: 'opening', text: { 'zh-CN': 'a', en: 'b' } }] }, 'segment'],
  ] as const)('refuses %s', (_name, lib, says) => {
    const res = parse(lib);
    expect(res.success).toBe(false);
    expect(JSON.stringify(res.error?.issues)).toContain(says);
  });

  it('is published for the whole bank only', () => {
    const at = '2026-12-04T04:00:00.000Z';
    const version = { kind: 'scriptLibrary', key: '', version: 1, publishedBy: 'demo-admin', publishedAt: at, payload: DEMO_SCRIPT_LIBRARY };
    expect(PublishedConfigSchema.safeParse({ ...version, scope: 'bank' }).success).toBe(true);
    expect(PublishedConfigSchema.safeParse({ ...version, scope: '310115' }).success).toBe(false);
  });
});

describe('choosing scripts for the case', () => {
  it.each([
    ['a segment with its own script gets it', 'able_unwilling', 'negotiation', 'able_unwilling', ['able_unwilling.negotiation']],
    ['a segment without one for the stage falls back to general', 'able_unwilling', 'closing', 'general', ['general.closing']],
    ['an unknown segment (null) gets general', null, 'negotiation', 'general', ['general.negotiation']],
  ] as const)('%s', (_name, segment, stage, audience, ids) => {
    const chosen = scriptsFor(DEMO_SCRIPT_LIBRARY, segment, stage);
    expect(chosen.audience).toBe(audience);
    expect(chosen.scripts.map((s) => s.id)).toEqual(ids);
  });

  it('answers an excuse with the segment’s own answer when it has one', () => {
    expect(answersFor(DEMO_SCRIPT_LIBRARY, 'unable_willing').filter((a) => a.excuse === 'no_money').map((a) => a.id)).toEqual(['no_money.unable_willing']);
    expect(answersFor(DEMO_SCRIPT_LIBRARY, 'able_willing').filter((a) => a.excuse === 'no_money').map((a) => a.id)).toEqual(['no_money.general']);
  });
});
