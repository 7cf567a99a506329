import { outputOrProblem } from '../../ui/fileOutput';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseRowIndex } from '../../../../shared/domain/caseQuery';
import { LETTER_BATCH_MAX } from '../../../../shared/records/limits';
import { LETTER_TYPES, LETTERS_PER_VOLUME, checkLetter, type LetterInput, type LetterProblem, type LetterType } from '../../../../shared/letters';
import type { Case } from '../../../../shared/domain/case';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { clock } from '../../state/clock';
import { todayIn } from '../../ui/format';
import { issueLetterBatch } from '../actions';
import type { ActionResult } from '../../fieldwork/state/fieldworkSlice';
import { toRegister, withNextNumber } from '../issueWithNumber';
import { letterInputFor, recipientsFor } from '../letterInput';
import { letterheadFor } from '../../config/configInForce';
import { PdfCancelled, renderBatch, type BatchResult, type BatchVolume, type PdfJob, type Progress } from '../pdfClient';
import { Refusal } from '../../access/screens/Permitted';
import { useAccessLog } from '../../access/screens/useAccessLog';
import { usePermission } from '../../access/screens/usePermission';
import { exceptionsToCsv } from '../letterCsv';
import { BatchConfirmation } from './BatchConfirmation';

const MAX_BATCH = LETTER_BATCH_MAX;
/** Letters checked between two yields to the screen while a batch is numbered. */
const CHECK_SLICE = 50;
// An outsourcing notice names its case's agency, which a batch does not know: it is issued case by case.
const BATCH_TYPES = LETTER_TYPES.filter((t) => t !== 'field_receipt' && t !== 'plan_confirmation' && t !== 'outsourcing_notice');

const byCaseId = <T extends { caseId: string }>(items: readonly T[]): Map<string, T[]> => {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const list = out.get(it.caseId);
    if (list) list.push(it);
    else out.set(it.caseId, [it]);
  }
  return out;
};

interface BatchPlanItem {
  c: Case;
  partyName: string;
  /** Why this case gets no letter (empty: it gets one). */
  blocking: LetterProblem[];
  inputOf: (counter: number) => LetterInput;
}
/** What a batch will do, shown for confirmation before any number is taken. */
interface BatchPlan {
  type: LetterType;
  now: Date;
  items: BatchPlanItem[];
}

/**
 * Letters for the cases the list currently shows, as ONE merged PDF built in a worker (progress and cancel,
 * the screen stays usable; more than LETTERS_PER_VOLUME letters as numbered volumes in order, each in a fresh
 * worker), with an exceptions report, address labels and a mailing list that carry no
 * word of debt. Numbers are taken when the rendered batch is registered, in one transaction, and only by the
 * letters that pass their checks: a cancelled or failed batch takes none, so the register has no gap.
 */
export function BatchPrint() {
  const { t } = useTranslation();
  const rows = useAppStore((s) => s.rows);
  const filters = useAppStore((s) => s.filters);
  const search = useAppStore((s) => s.search);
  const sort = useAppStore((s) => s.sort);
  const reads = useAppStore(selectReads);
  const device = useAppStore((s) => s.device);
  const platform = useAppStore((s) => s.platform);
  const act = useAppStore((s) => s.act);
  // The store's search key: phone and ID searches match the rows' blind indexes (docs/encryption.md).
  const searchKey = useAppStore((s) => s.store?.cases.searchKey);
  const shown = useMemo(() => new CaseRowIndex(rows, searchKey).query({ filters, search, sort }), [rows, searchKey, filters, search, sort]);
  const [type, setType] = useState<LetterType>('demand_notice');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // A deadline counted into a year without holiday data: said once for the batch (each letter warns alike).
  const [calendarWarning, setCalendarWarning] = useState<LetterProblem | null>(null);
  const [plan, setPlan] = useState<BatchPlan | null>(null);
  const job = useRef<PdfJob<BatchResult> | null>(null);
  const may = usePermission('batch_print');
  const log = useAccessLog();

  /**
   * Reads the listed cases and checks each letter (number not yet taken) so the clerk sees, before anything is
   * numbered, which cases will get a letter and which are exceptions and why (a hold, no address, the same
   * letter sent within the repeat interval…).
   */
  const prepare = async () => {
    if (!reads || !device || shown.length === 0 || shown.length > MAX_BATCH) return;
    setResult(null);
    setMessage(null);
    setCalendarWarning(null);
    setPlan(null);
    const now = clock.now();
    const ids = shown.map((r) => r.id);
    const [cases, allLetters, disputes, paid] = await Promise.all([reads.work.casesByIds(ids), reads.letters.all(), reads.work.disputesOf(ids), reads.work.paymentsOf(ids)]);
    // A case under an open dispute goes to the exceptions like any refused letter, not the whole batch.
    const disputesByCase = new Map<string, typeof disputes>();
    for (const d of disputes) disputesByCase.set(d.caseId, [...(disputesByCase.get(d.caseId) ?? []), d]);
    const paymentsByCase = byCaseId(paid.payments);
    const receiptsByCase = byCaseId(paid.receipts);
    const lettersByCase = new Map<string, typeof allLetters>();
    for (const l of allLetters) lettersByCase.set(l.caseId, [...(lettersByCase.get(l.caseId) ?? []), l]);
    const items: BatchPlanItem[] = [];
    let calendar: LetterProblem | null = null;
    for (const [i, c] of cases.entries()) {
      if (i % CHECK_SLICE === 0) {
        setProgress({ kind: 'progress', jobId: 0, stage: 'build', done: i, total: cases.length });
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      const party = recipientsFor(c, type)[0];
      const inputOf = (counter: number) =>
        letterInputFor({
          c,
          type,
          partyId: party?.id ?? '',
          language: 'zh-CN',
          issueDate: todayIn(c.timeZone, now),
          now,
          deviceCode: device.deviceCode,
          counter,
          records: {
            letters: lettersByCase.get(c.id) ?? [],
            promises: [],
            payments: paymentsByCase.get(c.id) ?? [],
            plans: [],
            receipts: receiptsByCase.get(c.id) ?? [],
            disputes: disputesByCase.get(c.id) ?? [],
          },
        });
      const problems = checkLetter(inputOf(1));
      const blocking = problems.filter((p) => p.severity === 'block');
      if (!calendar) calendar = problems.find((p) => p.code === 'calendar_not_covered') ?? null;
      items.push({ c, partyName: party?.name ?? '', blocking, inputOf });
    }
    setProgress(null);
    setCalendarWarning(calendar);
    setPlan({ type, now, items });
  };

  const start = async (batch: BatchPlan) => {
    if (!reads || !device) return;
    setPlan(null);
    const { items, now } = batch;
    const cases = items.map((it) => it.c);
    const byCase = new Map(cases.map((c) => [c.id, c]));
    const inputsFrom = async (first: number) => {
      // Consecutive numbers for the letters that pass their checks; one that is refused goes to the
      // exceptions report and takes no number (it repeats the next one, which the worker never prints).
      // Checked again in slices (the records may have changed since the preview), yielding between them.
      let counter = first;
      const inputs = [];
      const issuing: boolean[] = [];
      for (const [i, it] of items.entries()) {
        if (i % CHECK_SLICE === 0) {
          setProgress({ kind: 'progress', jobId: 0, stage: 'build', done: i, total: items.length });
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        const input = it.inputOf(counter);
        const passes = !checkLetter(input).some((p) => p.severity === 'block');
        if (passes) counter += 1;
        inputs.push(input);
        issuing.push(passes);
      }
      return { inputs, issuing };
    };
    const first = cases[0]!;
    const sender = letterheadFor(first.assignment.branchCode, first.assignment.branchName, 'zh-CN');
    const mail = { language: 'zh-CN' as const, senderName: sender.name, senderAddress: sender.address, date: todayIn(first.timeZone, now) };
    try {
      const issued = await withNextNumber(
        () => reads.letters.nextCounter(),
        async (counter): Promise<ActionResult<{ out: BatchResult; registered: number }>> => {
          const { inputs, issuing } = await inputsFrom(counter);
          job.current = renderBatch(inputs, mail, setProgress, { issuing });
          const out = await job.current.result;
          if (out.volumes.length === 0 || out.records.length === 0) return { ok: true, value: { out, registered: 0 } };
          // Every letter produced, with the hash of the PDF that holds it (the merged one, or its volume), and
          // its number taken: once per letter, whatever the volumes.
          const letters = out.records.map((r, i) => {
            const v = out.volumes[out.volumeOf[i]!]!;
            return toRegister(r, { sha256: v.sha256, bytes: v.bytes.byteLength }, byCase.get(r.caseId)?.caseNumber ?? r.caseId);
          });
          const done = await act(issueLetterBatch, { letters, volumes: out.volumes.map((v) => new Uint8Array(v.bytes)) });
          return done.ok ? { ok: true, value: { out, registered: done.value.length } } : done;
        },
      );
      // A batch that could not be registered is not shown: its PDF must not go out under numbers the register lacks.
      if (!issued.ok) return setMessage(t(issued.error.key, issued.error.params));
      setResult(issued.value.out);
      if (issued.value.registered > 0) setMessage(t('letters.batch.registered', { n: issued.value.registered }));
    } catch (error) {
      setMessage(error instanceof PdfCancelled ? t('letters.batch.cancelled') : String((error as Error).message));
    } finally {
      job.current = null;
      setProgress(null);
    }
  };

  /** Every file that leaves the screen is in the access log first; if the log cannot be written, it does not leave. */
  const logged = async (kind: 'print' | 'export', detail: string, run: () => Promise<unknown> | undefined) => {
    const r = await log({ kind, detail });
    if (!r.ok) return setMessage(t('exportAudit.failed', { message: r.message }));
    const problem = await outputOrProblem(run);
    if (problem) setMessage(t('exportAudit.outputFailed', { message: problem }));
  };
  const save = (what: string, name: string, pdf: BatchResult['labels'], letters = result?.records.length ?? 0) =>
    pdf && void logged(what === 'letters' ? 'print' : 'export', `batch ${what} PDF ${name}, ${letters} letters`, () => platform?.savePdf(name, new Uint8Array(pdf.bytes)));
  /** A volume's file says which volume it is, so the clerk prints 1 of N … N of N in order. */
  const volumeName = (v: BatchVolume) =>
    t('letters.batch.volumeFile', { type: result?.records[0] ? t(`letters.type.${result.records[0].type}`) : '', date: todayIn(), index: v.index, count: v.count });
  const saveExceptions = () => {
    if (!result) return;
    const name = `exceptions-${todayIn()}.csv`;
    void logged('export', `exceptions report CSV ${name}, ${result.exceptions.length} rows`, () =>
      platform?.saveText({ suggestedName: name, content: exceptionsToCsv(result.exceptions, t), mimeType: 'text/csv' }),
    );
  };

  if (!may.ok) {
    return (
      <section data-testid="batch-print">
        <Refusal action="batch_print" refusal={may.refusal} />
      </section>
    );
  }

  return (
    <section data-testid="batch-print">
      <p>{shown.length === 0 ? t('letters.batch.none') : t('letters.batch.scope', { n: shown.length.toLocaleString() })}</p>
      {shown.length > MAX_BATCH && <p className="error">{t('letters.batch.tooMany', { max: MAX_BATCH })}</p>}
      <div className="row gap">
        <label>
          {t('letters.batch.type')}{' '}
          <select value={type} onChange={(e) => { setType(e.target.value as LetterType); setPlan(null); }} disabled={progress !== null} data-testid="batch-type">
            {BATCH_TYPES.map((lt) => (
              <option key={lt} value={lt}>
                {t(`letters.type.${lt}`)}
              </option>
            ))}
          </select>
        </label>
        <button className="primary" disabled={progress !== null || shown.length === 0 || shown.length > MAX_BATCH} onClick={() => void prepare()} data-testid="batch-start">
          {t('letters.batch.prepare')}
        </button>
        {progress && (
          <button onClick={() => job.current?.cancel()} data-testid="batch-cancel">
            {t('letters.batch.cancel')}
          </button>
        )}
      </div>
      {progress && (
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} data-testid="batch-progress">
          <div className="bar" style={{ width: `${(100 * progress.done) / Math.max(1, progress.total)}%` }} />
          <span>
            {progress.volume
              ? t('letters.batch.progressVolume', { volume: progress.volume, volumes: progress.volumes, stage: t(`letters.batch.stage.${progress.stage}`), done: progress.done, total: progress.total })
              : t('letters.batch.progress', { stage: t(`letters.batch.stage.${progress.stage}`), done: progress.done, total: progress.total })}
          </span>
        </div>
      )}
      {calendarWarning && (
        <p className="warning" data-testid="batch-calendar-warning">
          {t('letters.problem.calendar_not_covered', calendarWarning.params)}
        </p>
      )}
      {plan && <BatchConfirmation plan={plan} onConfirm={() => void start(plan)} onCancel={() => setPlan(null)} />}
      {message && <p data-testid="batch-message">{message}</p>}
      {result && (
        <div className="card" data-testid="batch-result">
          <p data-testid="batch-summary">
            {t('letters.batch.done', {
              letters: result.records.length,
              pages: result.volumes.reduce((n, v) => n + v.pages, 0),
              size: `${(result.volumes.reduce((n, v) => n + v.bytes.byteLength, 0) / 1024 / 1024).toFixed(1)} MB`,
              exceptions: result.exceptions.length,
            })}
          </p>
          <div className="row gap">
            {result.volumes.length <= 1 ? (
              <button onClick={() => save('letters', `letters-${todayIn()}.pdf`, result.volumes[0] ?? null)} disabled={result.volumes.length === 0} data-testid="batch-download">
                {t('letters.batch.downloadLetters')}
              </button>
            ) : (
              result.volumes.map((v) => (
                <button key={v.index} onClick={() => save('letters', volumeName(v), v, v.letters)} data-testid={`batch-download-volume-${v.index}`}>
                  {t('letters.batch.downloadVolume', { index: v.index, count: v.count, letters: v.letters })}
                </button>
              ))
            )}
            <button onClick={() => save('labels', `labels-${todayIn()}.pdf`, result.labels)} disabled={!result.labels}>
              {t('letters.batch.downloadLabels')}
            </button>
            <button onClick={() => save('mailing list', `mailing-list-${todayIn()}.pdf`, result.mailingList)} disabled={!result.mailingList}>
              {t('letters.batch.downloadList')}
            </button>
            <button onClick={saveExceptions} disabled={result.exceptions.length === 0}>
              {t('letters.batch.downloadExceptions')}
            </button>
          </div>
          {result.volumes.length > 1 && <p data-testid="batch-volumes">{t('letters.batch.volumes', { count: result.volumes.length, per: LETTERS_PER_VOLUME })}</p>}
          {result.exceptions.length > 0 && (
            <>
              <h3>{t('letters.batch.exceptions')}</h3>
              <table className="grid small" data-testid="batch-exceptions">
                <tbody>
                  {result.exceptions.map((e) => (
                    <tr key={e.caseId}>
                      <td>{e.caseNumber}</td>
                      <td>{e.partyName}</td>
                      <td>{e.problems.map((p) => t(`letters.problem.${p.code}`, p.params)).join('；')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}
