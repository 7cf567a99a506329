// Functions that Playwright runs inside the page (serialised by page.evaluate: no closures over Node).
/* global indexedDB */
// They drive the hooks of a VITE_BENCH=1 build (renderer/src/benchHooks.ts): the same repositories, rules
// and My day computation the UI uses, against the page's own IndexedDB.

/**
 * Small helpers the other functions use, installed once as globalThis.__fwBench. Dates are in
 * Asia/Shanghai, the demo's zone (UTC+8 all year: China has no daylight saving).
 */
export function installHelpers() {
  const DAY = 86_400_000;
  const ZONE_MS = 8 * 3_600_000;
  const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  globalThis.__fwBench = {
    DAY,
    /** UUIDv7 (RFC 9562): 48-bit ms timestamp, version 7, variant 10, random bits. */
    v7(ms = Date.now()) {
      const b = crypto.getRandomValues(new Uint8Array(16));
      for (let i = 0; i < 6; i++) b[i] = Math.floor(ms / 2 ** (8 * (5 - i))) % 256;
      b[6] = 0x70 | (b[6] & 0x0f);
      b[8] = 0x80 | (b[8] & 0x3f);
      const h = hex(b);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    /** UTC ms of local midnight `offset` days from today. */
    midnight(offset = 0) {
      return Math.floor((Date.now() + ZONE_MS) / DAY) * DAY - ZONE_MS + offset * DAY;
    },
    /** YYYY-MM-DD, local, `offset` days from today. */
    date(offset = 0) {
      return new Date(Math.floor((Date.now() + ZONE_MS) / DAY) * DAY + offset * DAY).toISOString().slice(0, 10);
    },
    /** The bench hooks, the app state, its database and the operator as an Actor. */
    async context() {
      const B = globalThis.__recoveryDeskBench;
      const s = B.state();
      const db = s.store.db;
      const device = s.device ?? (await s.store.device.identity());
      return { B, s, db, actor: { userId: s.operator.id, deviceId: device.deviceId, now: () => new Date() } };
    },
  };
  return typeof globalThis.__recoveryDeskBench === 'object';
}

/**
 * Picks the first list row whose case can be phoned (open, not on hold, a borrower with an active phone)
 * and writes `count` earlier activities on it with one bulkAdd, spread over `days` days ending the day
 * before `lastDayOffset`, between 08:00 and 21:00. Mostly calls, as a collector's history is.
 */
export async function seedActivities({ count, days, lastDayOffset }) {
  const { s, db, actor } = await globalThis.__fwBench.context();
  const H = globalThis.__fwBench;
  let c = null;
  for (const row of s.rows) {
    const candidate = await db.cases.get(row.id);
    const borrower = candidate?.parties.find((p) => p.role === 'borrower');
    const open = !['on_hold', 'legal', 'settled', 'closed'].includes(candidate?.status);
    if (open && borrower?.phones.some((p) => p.retiredAt === null) && borrower.addresses.some((a) => a.retiredAt === null)) {
      c = candidate;
      break;
    }
  }
  if (!c) throw new Error('no case with an active borrower phone and address');
  const borrower = c.parties.find((p) => p.role === 'borrower');
  const phone = borrower.phones.find((p) => p.retiredAt === null);
  const address = borrower.addresses.find((a) => a.retiredAt === null);
  const mix = [
    ...Array(50).fill(['phone', 'no_answer', '电话无人接听，稍后再拨。']),
    ...Array(10).fill(['phone', 'busy', '占线。']),
    ...Array(15).fill(['phone', 'right_party_contact', '本人接听，称下周发工资后联系，已告知逾期金额及后果。']),
    ...Array(5).fill(['phone', 'refusal', '本人拒绝还款，情绪激动。']),
    ...Array(10).fill(['sms', 'right_party_contact', '已发送还款提醒短信。']),
    ...Array(10).fill(['visit', 'not_at_home', '上门未见本人，已留联系卡。']),
  ];
  const first = H.midnight(lastDayOffset - days);
  const activities = [];
  for (let i = 0; i < count; i++) {
    const [channel, outcome, notes] = mix[i % mix.length];
    const ms = first + Math.floor((i / count) * days) * H.DAY + (8 + 13 * Math.random()) * 3_600_000;
    activities.push({
      id: H.v7(ms),
      caseId: c.id,
      partyId: borrower.id,
      channel,
      phoneId: channel === 'visit' ? null : phone.id,
      addressId: channel === 'visit' ? address.id : null,
      outcome,
      notes,
      nextAction: null,
      nextActionDate: null,
      at: new Date(ms).toISOString(),
      userId: actor.userId,
      deviceId: actor.deviceId,
      override: null,
    });
  }
  const t0 = performance.now();
  await db.activities.bulkAdd(activities);
  const seedMs = performance.now() - t0;
  return { caseId: c.id, caseNumber: c.caseNumber, status: c.status, timeZone: c.timeZone, seeded: await db.activities.where('caseId').equals(c.id).count(), seedMs };
}

/**
 * What the contact log form does for one call, `warmups + reps` times: the case's contact history, the
 * compliance check, then recordActivity (activity + status change + hash-chained audit + outbox, one
 * transaction). Each repetition is on its own day (10:00 local, days from `firstDayOffset` on) with no
 * other attempts, so the day caps judge a first call; the verdicts are returned.
 * With `viaPerform`, the write goes through the store's act(logContact), as the form's submit does: the action
 * judges the gate again inside its transaction, and the store reloads the case's work, the list rows and the
 * outbox before it returns.
 */
export async function timeLogActivity({ caseId, warmups, reps, firstDayOffset, outcome, viaPerform }) {
  const { B, s, db, actor } = await globalThis.__fwBench.context();
  const H = globalThis.__fwBench;
  const c = await db.cases.get(caseId);
  const borrower = c.parties.find((p) => p.role === 'borrower');
  const phone = borrower.phones.find((p) => p.retiredAt === null);
  const pack = B.currentPack();
  // The action checks the permissions table: save as the collector the case is assigned to (demo store), and
  // give the operator back afterwards so My day's 'operator' figure is for the same collector as before.
  const operatorBefore = s.operator.id;
  if (viaPerform) s.setOperator(c.assignment.officerId);
  const samples = [];
  const verdicts = {};
  let historyLength = 0;
  for (let i = 0; i < warmups + reps; i++) {
    const now = new Date(H.midnight(firstDayOffset + i) + 10 * 3_600_000);
    const request = {
      channel: 'phone',
      caseId,
      party: { id: borrower.id, role: borrower.role },
      phoneNumber: phone.number,
      timeZone: c.timeZone,
      holds: [],
    };
    const activity = {
      id: H.v7(now.getTime()),
      caseId,
      partyId: borrower.id,
      channel: 'phone',
      phoneId: phone.id,
      addressId: null,
      outcome,
      notes: '本人接听，约定三日内回电。',
      nextAction: null,
      nextActionDate: null,
      at: now.toISOString(),
      userId: actor.userId,
      deviceId: actor.deviceId,
      override: null,
    };
    const t0 = performance.now();
    const history = await B.fieldwork.activities.contactHistory(db, caseId, now);
    const tHistory = performance.now();
    const decision = B.checkContact(pack, request, history, now);
    const t1 = performance.now();
    if (decision.verdict === 'block') throw new Error(`blocked: ${JSON.stringify(decision.findings)}`);
    if (viaPerform) {
      // The action stamps and judges at the app clock's now: this repetition's day, 10:00 local.
      const realNow = B.clock.now;
      B.clock.now = () => now;
      try {
        const { id: _id, at: _at, userId: _u, deviceId: _d, override, ...fields } = activity;
        const result = await s.act(B.actions.logContact, { ...fields, packId: pack.meta.id, override, promise: null });
        if (!result.ok) throw new Error(`logContact failed: ${JSON.stringify(result.error)}`);
      } finally {
        B.clock.now = realNow;
      }
    } else {
      await B.fieldwork.activities.recordActivity(db, actor, activity);
    }
    const t2 = performance.now();
    if (i >= warmups) {
      samples.push({ ms: t2 - t0, historyMs: tHistory - t0, checkMs: t1 - tHistory, recordMs: t2 - t1 });
      verdicts[decision.verdict] = (verdicts[decision.verdict] ?? 0) + 1;
    }
    historyLength = history.length;
  }
  if (viaPerform) s.setOperator(operatorBefore);
  return { samples, verdicts, lastHistoryLength: historyLength, activitiesNow: await db.activities.where('caseId').equals(caseId).count() };
}

/**
 * The reference: IndexedDB alone (no Dexie, no mapping) reads the case's activities through the caseId
 * index, `reps` times after one warm-up.
 */
export async function rawActivities({ dbName, caseId, reps }) {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const samples = [];
  let count = 0;
  for (let i = 0; i < reps + 1; i++) {
    const t0 = performance.now();
    count = await new Promise((resolve, reject) => {
      const req = db.transaction('activities', 'readonly').objectStore('activities').index('caseId').getAll(caseId);
      req.onsuccess = () => resolve(req.result.length);
      req.onerror = () => reject(req.error);
    });
    if (i > 0) samples.push({ ms: performance.now() - t0 });
  }
  db.close();
  return { samples, count };
}

/**
 * Field work on the loaded cases, written directly (bulkAdd, valid record shapes): a promise on 40 % of the
 * cases (due today ± 10 days), a payment on half of those; an approved six-instalment monthly plan on 10 %
 * (the first due 75 days ago to 75 days ahead, every other plan with its first instalments paid); a visit
 * planned for today on 5 %.
 */
export async function seedWork() {
  const { s, db, actor } = await globalThis.__fwBench.context();
  const H = globalThis.__fwBench;
  const rows = s.rows;
  const supervisor = s.staff.find((x) => x.role === 'supervisor')?.id ?? 'demo-supervisor';
  const at = (dayOffset, hour = 10) => new Date(H.midnight(dayOffset) + hour * 3_600_000).toISOString();
  const promises = [];
  const payments = [];
  const plans = [];
  const visitRows = [];
  rows.forEach((row, i) => {
    if (i % 5 < 2) {
      const due = (i % 21) - 10;
      const amountFen = Math.max(10_000, Math.round(row.totalFen / 10 / 100) * 100);
      promises.push({ id: H.v7(), caseId: row.id, activityId: H.v7(), amountFen, dueDate: H.date(due), channel: 'phone', createdAt: at(due - 7), userId: actor.userId, deviceId: actor.deviceId });
      if (i % 10 === 0) {
        const paidOn = Math.min(0, due - 1);
        const partial = i % 20 === 0;
        payments.push({ id: H.v7(), caseId: row.id, amountFen: partial ? Math.round(amountFen / 2) : amountFen, paidOn: H.date(paidOn), source: 'transfer', receiptId: null, recordedAt: at(paidOn, 16) });
      }
    }
    if (i % 10 === 7) {
      const count = 6;
      const outstandingFen = row.totalFen;
      const agreedTotalFen = Math.max(count, Math.round(outstandingFen * 0.8));
      const each = Math.floor(agreedTotalFen / count);
      const firstDue = (Math.floor(i / 10) % 151) - 75;
      const createdAt = at(firstDue - 10);
      const instalments = Array.from({ length: count }, (_, k) => ({
        seq: k + 1,
        dueDate: H.date(firstDue + 30 * k),
        amountFen: each + (k < agreedTotalFen - each * count ? 1 : 0),
      }));
      plans.push({
        id: H.v7(),
        caseId: row.id,
        agreedTotalFen,
        outstandingFen,
        waiverFen: outstandingFen - agreedTotalFen,
        downPaymentFen: 0,
        instalments,
        kind: 'equal',
        createdAt,
        makerId: actor.userId,
        approval: { status: 'approved', approverId: supervisor, decidedAt: createdAt, reason: null },
      });
      if (i % 20 === 7) {
        for (const inst of instalments.filter((x) => x.dueDate < H.date(0))) {
          payments.push({ id: H.v7(), caseId: row.id, amountFen: inst.amountFen, paidOn: inst.dueDate, source: 'transfer', receiptId: null, recordedAt: `${inst.dueDate}T08:00:00.000Z` });
        }
      }
    }
    if (i % 20 === 3) visitRows.push(row);
  });
  const visitCases = await db.cases.bulkGet(visitRows.map((r) => r.id));
  const visits = visitCases.map((c) => ({
    id: H.v7(),
    caseId: c.id,
    plannedFor: H.date(0),
    addressId: c.parties.find((p) => p.role === 'borrower').addresses[0]?.id ?? 'none',
    staff: [actor.userId, 'demo-partner'],
    status: 'planned',
    peopleMet: null,
    outcome: null,
    notes: '',
    attachmentIds: [],
    recordedAt: at(-1),
  }));
  await db.transaction('rw', [db.promises, db.payments, db.plans, db.visits], async () => {
    await db.promises.bulkAdd(promises);
    await db.payments.bulkAdd(payments);
    await db.plans.bulkAdd(plans);
    await db.visits.bulkAdd(visits);
  });
  return { cases: rows.length, promises: promises.length, payments: payments.length, plans: plans.length, visits: visits.length };
}

/**
 * My day as the screen computes it: workRecords(db) (every promise, payment, plan, visit and receipt on the
 * device) then computeMyDay over the rows (all, or the operator's). `pureOnly`: computeMyDay alone on records
 * read once.
 */
export async function timeMyDay({ warmups, reps, scope, pureOnly }) {
  const { B, s, db } = await globalThis.__fwBench.context();
  const H = globalThis.__fwBench;
  const rows = scope === 'operator' ? B.casesFor(s.operator, s.rows) : s.rows;
  const today = H.date(0);
  const samples = [];
  let entries = 0;
  // As the screen does: the field-work records, plus the full cases (limitation and guarantee dates).
  const read = async () => ({ work: await B.workRecords(db), cases: await B.casesByIds(db, B.deadlineCandidates(rows, today).map((r) => r.id)) });
  const once = pureOnly ? await read() : null;
  for (let i = 0; i < warmups + reps; i++) {
    const t0 = performance.now();
    const records = once ?? (await read());
    const t1 = performance.now();
    const list = B.computeMyDay(rows, records.work, today, new Date(), 3, 'Asia/Shanghai', records.cases);
    const t2 = performance.now();
    if (i >= warmups) samples.push({ ms: t2 - t0, readMs: t1 - t0, computeMs: t2 - t1 });
    entries = list.length;
  }
  const kinds = {};
  const last = once ?? (await read());
  for (const e of B.computeMyDay(rows, last.work, today, new Date(), 3, 'Asia/Shanghai', last.cases)) for (const k of e.kinds) kinds[k] = (kinds[k] ?? 0) + 1;
  return { samples, rows: rows.length, entries, kinds, operator: `${s.operator.id} (${s.operator.role})` };
}
