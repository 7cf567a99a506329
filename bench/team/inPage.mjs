// Functions that Playwright runs inside the page (serialised by page.evaluate: no closures over Node, so each
// states its own constants).
/* global document, requestAnimationFrame, IDBKeyRange */
// They drive the hooks of a VITE_BENCH=1 build (renderer/src/benchHooks.ts): the team view's own read and
// computation, against the page's own IndexedDB. Dates are in Asia/Shanghai (UTC+8 all year).

/** Loads the demo portfolio of `count` cases through the app state (the same loader as the Load demo button). */
export async function loadDemo({ count }) {
  const DAY = 86_400_000;
  const ZONE_MS = 8 * 3_600_000;
  const s = globalThis.__recoveryDeskBench.state();
  const today = new Date(Math.floor((Date.now() + ZONE_MS) / DAY) * DAY).toISOString().slice(0, 10);
  const t0 = performance.now();
  await s.loadDemo(count, today);
  const state = globalThis.__recoveryDeskBench.state();
  return { rows: state.rows.length, complete: state.rowsComplete, ms: performance.now() - t0 };
}

/**
 * A branch's field work of `days` days on the loaded cases, written with one bulkAdd per table: per day
 * `perDay` contact attempts by the cases' officers (1 % with a supervisor's override), and over the whole
 * period promises, payments, receipts, letters (10 % re-prints) and disputes. Realistic shapes, ids unique.
 */
export async function seedBranchWork({ days, perDay }) {
  const DAY = 86_400_000;
  const ZONE_MS = 8 * 3_600_000;
  const B = globalThis.__recoveryDeskBench;
  const s = B.state();
  const db = s.store.db;
  const rows = s.rows;
  const deviceId = 'bench-device';
  let seq = 0;
  const id = () => `bench-${(seq += 1).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const midnight = (offset) => Math.floor((Date.now() + ZONE_MS) / DAY) * DAY - ZONE_MS + offset * DAY;
  const date = (offset) => new Date(midnight(offset) + ZONE_MS).toISOString().slice(0, 10);
  const at = (offset, hour) => new Date(midnight(offset) + hour * 3_600_000).toISOString();
  const rowAt = (i) => rows[(i * 7919) % rows.length];
  const officer = (row) => row.officerId ?? 'demo-unassigned';
  const outcomes = ['no_answer', 'no_answer', 'no_answer', 'busy', 'right_party_contact', 'promise', 'refusal', 'third_party_message'];

  const activities = [];
  for (let d = -days + 1; d <= 0; d++) {
    for (let k = 0; k < perDay; k++) {
      const row = rowAt(activities.length);
      const outcome = outcomes[k % outcomes.length];
      activities.push({
        id: id(), caseId: row.id, partyId: 'p', channel: 'phone', phoneId: 'ph', addressId: null, outcome,
        notes: outcome === 'no_answer' ? '无人接听' : '已告知逾期金额及后果', nextAction: null, nextActionDate: null,
        at: at(d, 8 + (k % 12)), userId: officer(row), deviceId,
        override: k % 100 === 0 ? { ruleIds: ['cn.cap.attemptsPerDebtor'], supervisorId: 'demo-supervisor', reason: '客户约定今日再次回电' } : null,
      });
    }
  }
  const promises = [];
  const payments = [];
  for (let i = 0; i < days * 60; i++) {
    const row = rowAt(i * 3 + 1);
    const due = -days + 10 + (i % (days + 5));
    const amountFen = 50_000 + (i % 40) * 10_000;
    promises.push({ id: id(), caseId: row.id, activityId: id(), amountFen, dueDate: date(due), channel: 'phone', createdAt: at(due - 7, 10), userId: officer(row), deviceId });
    if (i % 2 === 0) payments.push({ id: id(), caseId: row.id, amountFen: i % 4 === 0 ? amountFen : amountFen / 2, paidOn: date(Math.min(0, due)), source: 'transfer', receiptId: null, recordedAt: at(Math.min(0, due), 16) });
  }
  const receipts = [];
  for (let i = 0; i < days * 40; i++) {
    const row = rowAt(i * 5 + 2);
    const d = -Math.floor(i / 40);
    receipts.push({ id: id(), number: `SK-B0001-${String(i).padStart(6, '0')}`, caseId: row.id, payerName: '付款人', amountFen: 10_000 + i * 13, method: 'cash', receivedAt: at(d, 9 + (i % 8)), userId: officer(row), deviceId, voided: null });
  }
  const letters = [];
  for (let i = 0; i < days * 80; i++) {
    const row = rowAt(i * 11 + 3);
    const d = -Math.floor(i / 80);
    letters.push({
      id: id(), number: `L-${i}`, type: 'reminder', templateId: 'reminder', templateVersion: '1', caseId: row.id, caseNumber: row.caseNumber, partyId: 'p', recipientName: row.borrowerName,
      issueDate: date(d), deadline: null, totalFen: row.totalFen, verificationCode: 'x', noticeCount: 1, pdfSha256: '0'.repeat(64), pdfBytes: 1, issuerId: officer(row), issuedAt: at(d, 10 + (i % 6)),
      copy: i % 10 === 0, delivery: { method: null, trackingNumber: null, status: 'not_sent', at: null, evidence: null }, acknowledgement: null, voided: null,
    });
  }
  const disputes = [];
  for (let i = 0; i < 300; i++) {
    const row = rowAt(i * 13 + 4);
    const opened = -(i % days);
    disputes.push({ id: id(), caseId: row.id, kind: i % 3 === 0 ? 'complaint' : 'dispute', description: '客户对金额有异议', openedAt: at(opened, 11), resolvedAt: i % 4 === 0 ? at(0, 8) : null, resolution: i % 4 === 0 ? '已核实' : null, outcome: i % 4 === 0 ? 'rejected' : null });
  }
  const t0 = performance.now();
  await db.activities.bulkAdd(activities);
  await db.promises.bulkAdd(promises);
  await db.payments.bulkAdd(payments);
  await db.receipts.bulkAdd(receipts);
  await db.letters.bulkAdd(letters);
  await db.disputes.bulkAdd(disputes);
  return { activities: activities.length, promises: promises.length, payments: payments.length, receipts: receipts.length, letters: letters.length, disputes: disputes.length, seedMs: performance.now() - t0 };
}

/**
 * What the team screen does when it opens, `warmups + reps` times: read the period's records through the
 * indexes (readTeamRecords), then teamFigures over every case row in memory (the case list's rows) and the
 * staff as members. Timed in two parts.
 */
export async function timeTeamView({ warmups, reps }) {
  const B = globalThis.__recoveryDeskBench;
  const s = B.state();
  const db = s.store.db;
  const T = B.team;
  const members = s.staff.map((m) => ({ id: m.id, name: m.name, role: m.role, lastSyncAt: undefined }));
  const samples = [];
  let last = null;
  for (let i = 0; i < warmups + reps; i++) {
    const t0 = performance.now();
    const period = T.teamPeriod(new Date(), 'Asia/Shanghai');
    const records = await T.readTeamRecords(db, period, T.graceDays);
    const t1 = performance.now();
    const figures = T.teamFigures(members, { ...records, rows: s.rows }, period, { graceDays: T.graceDays });
    const t2 = performance.now();
    if (i >= warmups) samples.push({ ms: t2 - t0, readMs: t1 - t0, computeMs: t2 - t1 });
    last = { records, figures };
  }
  const read = Object.fromEntries(Object.entries(last.records).map(([k, v]) => [k, v.length]));
  return { samples, rows: s.rows.length, read, people: last.figures.rows.length, totals: last.figures.totals };
}

/** The reference: every activity in the store read through Dexie (what reading without the `at` index would cost). */
export async function timeAllActivities({ reps }) {
  const db = globalThis.__recoveryDeskBench.state().store.db;
  const samples = [];
  let count = 0;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    count = (await db.activities.toArray()).length;
    samples.push({ ms: performance.now() - t0 });
  }
  return { samples, count };
}

/** Opening 团队 in the app: from navigate('team') to the table's first frame, then back to the case list. */
export async function timeTeamScreen({ warmups, reps }) {
  const s = () => globalThis.__recoveryDeskBench.state();
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const samples = [];
  for (let i = 0; i < warmups + reps; i++) {
    s().navigate('cases');
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const t0 = performance.now();
    s().navigate('team');
    while (!document.querySelector('[data-testid="team-table"]')) await frame();
    await frame();
    if (i >= warmups) samples.push({ ms: performance.now() - t0 });
  }
  s().navigate('cases');
  return { samples, shownRows: document.querySelectorAll('[data-testid^="team-row-"]').length };
}

/** Where the read's time goes: each of readTeamRecords' requests alone, raw IndexedDB, median of `reps`. */
export async function timeReadParts({ reps }) {
  const B = globalThis.__recoveryDeskBench;
  const idb = B.state().store.db.backendDB();
  const period = B.team.teamPeriod(new Date(), 'Asia/Shanghai');
  const margin = 14 * 3_600_000;
  const range = (from, to) => IDBKeyRange.bound(new Date(from - margin).toISOString(), new Date(to + margin).toISOString());
  const getAll = (table, index, r) =>
    new Promise((resolve, reject) => {
      const store = idb.transaction(table, 'readonly').objectStore(table);
      const req = (index ? store.index(index) : store).getAll(r);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const parts = {
    activities_week: () => getAll('activities', 'at', range(period.weekStartMs, period.todayEndMs)),
    activities_today: () => getAll('activities', 'at', range(period.todayStartMs, period.todayEndMs)),
    letters_week: () => getAll('letters', 'issuedAt', range(period.weekStartMs, period.todayEndMs)),
    disputes_all: () => getAll('disputes', null, undefined),
    promises_all: () => getAll('promises', null, undefined),
    payments_all: () => getAll('payments', null, undefined),
    promises_and_payments_by_case: async () => {
      const due = await getAll('promises', 'dueDate', IDBKeyRange.bound(period.weekStart, period.today));
      const ids = [...new Set(due.map((p) => p.caseId))];
      const tx = idb.transaction(['promises', 'payments'], 'readonly');
      const one = (t, id) =>
        new Promise((resolve) => {
          const req = tx.objectStore(t).index('caseId').getAll(IDBKeyRange.only(id));
          req.onsuccess = () => resolve(req.result);
        });
      return Promise.all(ids.flatMap((id) => [one('promises', id), one('payments', id)]));
    },
  };
  const out = {};
  for (const [name, fn] of Object.entries(parts)) {
    const samples = [];
    let count = 0;
    for (let i = 0; i < reps + 1; i++) {
      const t0 = performance.now();
      const result = await fn();
      if (i > 0) samples.push(performance.now() - t0);
      count = result.length;
    }
    samples.sort((a, b) => a - b);
    out[name] = { median_ms: Math.round(samples[Math.floor(samples.length / 2)] * 10) / 10, count };
  }
  return out;
}
