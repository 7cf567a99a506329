import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAMES } from '../../renderer/src/store/database';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import { createSyncClient } from '../../renderer/src/sync/syncClient';
import { bindConfigContext, currentCalendar, currentLimits, letterheadFor, setHeldConfig } from '../../renderer/src/config/configInForce';
import { putPulledConfig } from '../../renderer/src/config/repository/publishedConfigs';
import { addWorkingDays } from '../../shared/calendar';
import { CALENDAR_2027_PROVISIONAL, demoLetterhead } from '../../shared/publishedConfig/demo';
import type { Db } from '../../server/db/types';
import { call, type Harness, openDb, signIn, startHarness } from '../server/harness';

let db: Db;
let h: Harness;
let store: Store;
let admin: string;

const publish = async (kind: string, scope: string, payload: unknown) => {
  const res = await call(h, 'POST', `/admin/config/${kind}`, { token: admin, body: { scope, payload } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  admin = (await signIn(h, 'demo-admin')).accessToken;
  const opened = await openStore('live');
  if (!opened.ok) throw new Error(opened.detail);
  store = opened.store;
}, 60_000);
afterAll(async () => {
  store?.close();
  bindConfigContext(() => ({ source: 'demo', branchCode: null }));
  setHeldConfig([]);
  await Dexie.delete(DATABASE_NAMES.live);
  await h?.close();
  await db?.close();
});

describe('a device pulls, keeps and applies published configuration', () => {
  it('after a sync, letters print the branch’s newest letterhead, deadlines count with 2027, limits are head office’s', async () => {
    await publish('letterhead', '310115', demoLetterhead('310115'));
    await publish('letterhead', '310115', { ...demoLetterhead('310115')!, address: '上海市浦东新区新地址 2 号' });
    await publish('letterhead', '110105', demoLetterhead('110105'));
    await publish('calendar', 'bank', CALENDAR_2027_PROVISIONAL);
    await publish('limits', 'bank', { waiverLimitFen: 300_000, graceDays: 5, unmaskSeconds: 30 });

    bindConfigContext(() => ({ source: 'live', branchCode: '310115' }));
    const identity = await store.device.identity();
    const device = await signIn(h, 'demo-officer-310115-01', identity.deviceId);
    const client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => device });
    const result = await client.syncOnce();
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (result.ok) expect(result.value.pull.configs).toBe(3);

    // Stored: the branch's newest letterhead only (not the other branch's), the bank's calendar year and limits.
    const held = await store.db.publishedConfigs.toArray();
    expect(held.map((c) => `${c.kind}:${c.scope}:${c.key}:v${c.version}`).sort()).toEqual(['calendar:bank:2027:v1', 'letterhead:310115::v2', 'limits:bank::v1']);

    const branch = letterheadFor('310115', '上海浦东支行', 'zh-CN');
    expect(branch).toMatchObject({ address: '上海市浦东新区新地址 2 号', letterheadVersion: 2, name: '示例商业银行上海浦东支行' });
    expect(letterheadFor('110105', '北京朝阳支行', 'zh-CN').letterheadMissing).toEqual({});
    // A reprint of a letter issued under version 1, which this device never held: refused, naming the version.
    expect(letterheadFor('310115', '上海浦东支行', 'zh-CN', 1).letterheadMissing).toEqual({ version: 1 });

    expect(addWorkingDays(currentCalendar(), '2027-02-04', 1)).toEqual({ date: '2027-02-09', uncoveredYears: [] });
    expect(addWorkingDays(currentCalendar(), '2028-01-03', 1).uncoveredYears).toEqual([2028]);
    expect(currentLimits()).toEqual({ waiverLimitFen: 300_000, graceDays: 5, unmaskSeconds: 30 });
  });

  it('a newer version replaces the one in force at the next sync; the older stays for reprints', async () => {
    await publish('letterhead', '310115', { ...demoLetterhead('310115')!, address: '上海市浦东新区第三个地址 3 号' });
    const identity = await store.device.identity();
    const device = await signIn(h, 'demo-officer-310115-01', identity.deviceId);
    const client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => device });
    expect((await client.syncOnce()).ok).toBe(true);
    expect(letterheadFor('310115', '上海浦东支行', 'zh-CN')).toMatchObject({ address: '上海市浦东新区第三个地址 3 号', letterheadVersion: 3 });
    expect(letterheadFor('310115', '上海浦东支行', 'zh-CN', 2)).toMatchObject({ address: '上海市浦东新区新地址 2 号', letterheadVersion: 2 });
  });

  it('a malformed version is refused with the field named, never stored (applyPage lists it among the bad records)', async () => {
    const before = await store.db.publishedConfigs.count();
    const outcome = await putPulledConfig(store.db, { kind: 'letterhead', scope: '310115', key: '', version: 9, publishedBy: 'x', publishedAt: '2026-11-23T00:00:00Z', payload: { bankName: '' } });
    expect(outcome).toMatchObject({ status: 'bad', message: expect.stringContaining('payload.bankName') });
    expect(await store.db.publishedConfigs.count()).toBe(before);
  });

  it('the branch’s published rule-pack parameters are in the pack the contact checks use', async () => {
    const { currentPack } = await import('../../renderer/src/fieldwork/compliancePack');
    bindConfigContext(() => ({ source: 'live', branchCode: '310115' }));
    expect(currentPack().contactWindows[0]).toMatchObject({ start: '08:00' });
    await publish('rulePackParams', '310115', { packId: 'cn-2026', contactWindows: [{ ruleId: 'cn.window.contactHours', start: '09:00', end: '20:00' }], caps: [{ ruleId: 'cn.cap.unansweredPerNumber', limit: 2 }] });
    const identity = await store.device.identity();
    const device = await signIn(h, 'demo-officer-310115-01', identity.deviceId);
    expect((await createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => device }).syncOnce()).ok).toBe(true);
    expect(currentPack().contactWindows[0]).toMatchObject({ id: 'cn.window.contactHours', start: '09:00', end: '20:00' });
    expect(currentPack().frequency.find((r) => r.id === 'cn.cap.unansweredPerNumber')).toMatchObject({ limit: 2 });
    expect(currentPack()).toBe(currentPack());
  });

  it('a published template is the one the next letter uses; a reprint asks for the version its letter printed', async () => {
    const { CN_REMINDER_ZH } = await import('../../shared/letters/templates/reminder');
    const { templateFor } = await import('../../renderer/src/config/configInForce');
    await publish('letterTemplate', 'bank', { ...CN_REMINDER_ZH, version: '2027.1', title: '逾期还款提醒函（新版）' });
    const identity = await store.device.identity();
    const device = await signIn(h, 'demo-officer-310115-01', identity.deviceId);
    expect((await createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => device }).syncOnce()).ok).toBe(true);
    expect(templateFor('reminder', 'zh-CN')).toMatchObject({ version: '2027.1', title: '逾期还款提醒函（新版）' });
    expect(templateFor('reminder', 'zh-CN', '2027.1')?.version).toBe('2027.1');
    // A built-in version, in force or earlier, prints as it did; a version the app never had is not made up.
    expect(templateFor('reminder', 'zh-CN', CN_REMINDER_ZH.version)).toBe(CN_REMINDER_ZH);
    expect(templateFor('reminder', 'zh-CN', '1999.1')).toBeUndefined();
    expect(templateFor('demand_notice', 'zh-CN')).toBeUndefined();
  });

  it('on the demo store, with nothing published, letters use the demo letterhead', () => {
    bindConfigContext(() => ({ source: 'demo', branchCode: '310115' }));
    setHeldConfig([]);
    const branch = letterheadFor('310115', '上海浦东支行', 'zh-CN');
    expect(branch.letterheadMissing).toBeUndefined();
    expect(branch.address).toContain('浦东新区');
  });
});
