import { describe, expect, it } from 'vitest';
import { buildLetter, checkLetter } from '../../../shared/letters';
import { fixtureInput } from './fixture';

describe('a letter refuses to issue when its free text says a prohibited thing in disguise or in other words', () => {
  it.each([
    ['逾期将被拉入黑 名 单', 'cn.wording.fakeBlacklist', '拉入黑 名 单'],
    ['逾期将被列入黑名單', 'cn.wording.fakeBlacklist', '列入黑名單'],
    ['我们会将您的欠款情况函告您所在单位', 'cn.wording.disclosure', '将您的欠款情况函告您所在单位'],
    ['本通知将张贴于您所在小区公告栏', 'cn.wording.publicPosting', '张贴于您所在小区'],
  ])('%s', (freeText, ruleId, phrase) => {
    const wording = checkLetter(fixtureInput({ freeText })).filter((p) => p.code === 'prohibited_wording');
    expect(wording).toMatchObject([{ severity: 'block', ruleId, params: { phrase, where: 'free_text' } }]);
    expect(buildLetter(fixtureInput({ freeText })).issued).toBe(false);
  });

  it.each(['本通知不会张贴，也不会寄送至您的单位', '我行不会将您的情况告知您的家人或单位'])('issues a lawful reassurance: %s', (freeText) => {
    expect(checkLetter(fixtureInput({ freeText })).filter((p) => p.code === 'prohibited_wording')).toEqual([]);
    expect(buildLetter(fixtureInput({ freeText })).issued).toBe(true);
  });
});
