import {
  buildSchedule,
  checkScheduleInput,
  validateCustomSchedule,
  type ScheduleInputCode,
  type ScheduleInterval,
  type ScheduleProblem,
} from '../../../../../shared/fieldwork/plans';
import type { Instalment } from '../../../../../shared/fieldwork/records';
import { formatFen } from '../../../../../shared/domain/money';
import { readYuan } from './money';

/** What the plan form holds: text as typed, so a half-typed amount is never silently rounded. */
export interface PlanFormState {
  agreed: string;
  downPayment: string;
  count: string;
  firstDue: string;
  interval: ScheduleInterval;
  kind: 'equal' | 'custom';
  /** Custom rows; when `customHasDown` the first row is the down payment (seq 0). */
  rows: { dueDate: string; amount: string }[];
  customHasDown: boolean;
}

export type PlanField = 'agreed' | 'downPayment' | 'count' | 'firstDue';

/** A message: a translation key and its values. */
export interface Msg {
  key: string;
  params?: Record<string, string | number>;
}

export interface PlanPreview {
  agreedFen: number | null;
  waiverFen: number | null;
  instalments: Instalment[] | null;
  sumFen: number;
  fieldErrors: Partial<Record<PlanField, Msg>>;
  /** Row index → message (custom schedules). */
  rowErrors: Record<number, Msg>;
  scheduleErrors: Msg[];
}

// Which field each buildSchedule refusal belongs to, so the message sits next to what must change.
const INPUT_FIELD: Record<ScheduleInputCode, PlanField> = {
  total_invalid: 'agreed',
  down_payment_invalid: 'downPayment',
  count_invalid: 'count',
  date_invalid: 'firstDue',
  instalment_too_small: 'count',
};

const errorMsg = (code: string, params?: Record<string, string | number>): Msg => ({ key: `fieldwork.error.${code}`, params });

/** Everything the form shows and checks, from what is typed; `instalments` is null until they are valid. */
export function previewPlan(form: PlanFormState, outstandingFen: number): PlanPreview {
  const out: PlanPreview = { agreedFen: null, waiverFen: null, instalments: null, sumFen: 0, fieldErrors: {}, rowErrors: {}, scheduleErrors: [] };
  const agreed = readYuan(form.agreed, { positive: true });
  if (!agreed.ok) out.fieldErrors.agreed = { key: agreed.key };
  else if (agreed.fen > outstandingFen) out.fieldErrors.agreed = { key: 'panels.plan.aboveOutstanding' };
  else {
    out.agreedFen = agreed.fen;
    out.waiverFen = outstandingFen - agreed.fen;
  }
  return form.kind === 'equal' ? previewEqual(form, out) : previewCustom(form, out);
}

function previewEqual(form: PlanFormState, out: PlanPreview): PlanPreview {
  const down = readYuan(form.downPayment, { emptyIsZero: true });
  if (!down.ok) out.fieldErrors.downPayment = { key: down.key };
  const count = /^\d+$/.test(form.count.trim()) ? Number(form.count) : NaN;
  if (out.agreedFen === null || !down.ok) {
    if (Number.isNaN(count)) out.fieldErrors.count = errorMsg('count_invalid');
    return out;
  }
  const input = { totalFen: out.agreedFen, downPaymentFen: down.fen, count, firstDueDate: form.firstDue, interval: form.interval };
  const problem = checkScheduleInput(input);
  if (problem) {
    out.fieldErrors[INPUT_FIELD[problem]] = errorMsg(problem);
    return out;
  }
  out.instalments = buildSchedule(input);
  out.sumFen = out.instalments.reduce((s, i) => s + i.amountFen, 0);
  return out;
}

function previewCustom(form: PlanFormState, out: PlanPreview): PlanPreview {
  const first = form.customHasDown ? 0 : 1;
  const rows: Instalment[] = [];
  form.rows.forEach((row, i) => {
    const amount = readYuan(row.amount, { positive: true });
    if (!amount.ok) out.rowErrors[i] = { key: amount.key };
    rows.push({ seq: first + i, dueDate: row.dueDate, amountFen: amount.ok ? amount.fen : 0 });
  });
  out.sumFen = rows.reduce((s, r) => s + r.amountFen, 0);
  if (out.agreedFen === null || Object.keys(out.rowErrors).length > 0) return out;
  const problems: ScheduleProblem[] = validateCustomSchedule(out.agreedFen, rows);
  for (const p of problems) {
    const index = p.seq === null ? -1 : p.seq - first;
    const msg = errorMsg(p.code, p.params);
    if (index >= 0 && out.rowErrors[index] === undefined) out.rowErrors[index] = msg;
    else out.scheduleErrors.push(msg);
  }
  if (problems.length === 0) out.instalments = rows;
  return out;
}

/** Rows to start a custom schedule from: the equal schedule when it can be built, else one empty row. */
export function seedCustomRows(form: PlanFormState, outstandingFen: number): Pick<PlanFormState, 'rows' | 'customHasDown'> {
  const equal = previewPlan({ ...form, kind: 'equal' }, outstandingFen);
  if (!equal.instalments) return { rows: [{ dueDate: form.firstDue, amount: '' }], customHasDown: false };
  return {
    rows: equal.instalments.map((i) => ({ dueDate: i.dueDate, amount: formatFen(i.amountFen, { symbol: false }) })),
    customHasDown: equal.instalments[0]?.seq === 0,
  };
}
