import { outputOrProblem } from '../../ui/fileOutput';
import { useEffect, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { LETTER_TYPES, checkLetter, parseLetterNumber, type LetterLanguage, type LetterType } from '../../../../shared/letters';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { clock } from '../../state/clock';
import { formatFen, formatInstant, todayIn } from '../../ui/format';
import type { RegisteredLetter } from '../repository/register';
import { letterInputFor, recipientsFor } from '../letterInput';
import { LetterProblems } from './LetterProblems';
import { renderLetter } from '../pdfClient';
import { toRegister, withNextNumber } from '../issueWithNumber';
import { issueLetter, reprintLetter } from '../actions';
import { OVERRIDE_REASON_MIN_LENGTH } from '../../../../shared/records/limits';
import type { ActionResult } from '../../fieldwork/state/fieldworkSlice';
import { Refusal } from '../../access/screens/Permitted';
import { useAccessLog } from '../../access/screens/useAccessLog';
import { usePermission } from '../../access/screens/usePermission';
import { MarkedText } from '../../fieldwork/screens/MarkedText';
import { useWordingCheck } from '../../fieldwork/screens/WordingCheck';
import { ChoiceField, FormFields, TextAreaField, TextField } from '../../ui/form';

interface LetterChoices {
  type: LetterType;
  partyId: string;
  language: LetterLanguage;
  receiptId: string;
  freeText: string;
  repeatReason: string;
}
import { useCaseProposals, usePublishedAgencies } from '../../outsourcing/state/useOutsourcing';

interface Issued {
  number: string;
  bytes: Uint8Array;
}

/** The letter's checks refused it while rendering: nothing was registered and no number taken. */
function refusedRender(): ActionResult<never> {
  return { ok: false, error: { code: 'letter_refused', key: 'letters.single.problems', params: {}, message: '' } };
}

/** A render that fails (the worker) is reported like a failed action; nothing was registered. */
async function rendering<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    const message = String((error as Error | null)?.message ?? error);
    return { ok: false, error: { code: 'internal', key: 'fieldwork.error.internal', params: { message }, message } };
  }
}

/** Issue a letter on this case: choose, check against the pack, preview, issue and register, print or save. */
export function CaseLettersPanel({ caseRecord: c }: { caseRecord: Case }) {
  const { t, i18n } = useTranslation();
  const may = usePermission('issue_letter', c.assignment);
  const log = useAccessLog();
  const work = useAppStore((s) => s.caseWork);
  const device = useAppStore((s) => s.device);
  const platform = useAppStore((s) => s.platform);
  const act = useAppStore((s) => s.act);
  const reads = useAppStore(selectReads);
  // The outsourcing notice names the agency of the case's approved proposal, as head office published it.
  const proposals = useCaseProposals(c.id);
  const agencies = usePublishedAgencies();
  const approved = proposals?.find((p) => p.status === 'approved');
  const published = approved ? agencies.find((a) => a.id === approved.agencyId) : undefined;
  const agency = published ? { name: published.name, licenceNumber: published.licenceNumber, verifyContact: published.verifyContact, contractEnd: published.contractEnd } : undefined;
  // The choices are a form of the kit; the letter's own check (checkLetter) judges them as they change, and the
  // buttons preview and issue, so there is no submit and no resolver.
  const form = useForm<LetterChoices>({ defaultValues: { type: 'demand_notice', partyId: recipientsFor(c, 'demand_notice')[0]?.id ?? '', language: 'zh-CN', receiptId: '', freeText: '', repeatReason: '' } });
  const [type, partyId, language, receiptId, freeText, repeatReason] = form.watch(['type', 'partyId', 'language', 'receiptId', 'freeText', 'repeatReason']);
  const recipients = recipientsFor(c, type);
  const setPartyId = (id: string) => form.setValue('partyId', id);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<(Issued & { url: string }) | null>(null);
  // The previewed PDF (marked 预览 未出具, no number taken) waiting for the clerk to confirm or cancel.
  const [preview, setPreview] = useState<{ url: string; key: string } | null>(null);

  useEffect(() => {
    if (!recipients.some((p) => p.id === partyId)) setPartyId(recipients[0]?.id ?? '');
  }, [recipients, partyId]);
  useEffect(() => () => void (issued && URL.revokeObjectURL(issued.url)), [issued]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview.url)), [preview]);

  const now = clock.now();
  const issueDate = todayIn(c.timeZone, now);
  const receipts = (work?.receipts ?? []).filter((r) => !r.voided);
  const receipt = receipts.find((r) => r.id === receiptId) ?? receipts[0];
  const plan = (work?.plans ?? []).find((p) => p.approval.status === 'approved' || p.approval.status === 'not_needed');
  const records = useMemo(
    () => ({ letters: work?.letters ?? [], promises: work?.promises ?? [], payments: work?.payments ?? [], plans: work?.plans ?? [], receipts: work?.receipts ?? [], disputes: work?.disputes ?? [] }),
    [work],
  );
  const input = (counter: number, copy = false, isPreview = false) => ({
    ...letterInputFor({
      c,
      type,
      partyId,
      language,
      issueDate,
      now,
      deviceCode: device?.deviceCode ?? 'DEVICE',
      counter,
      records,
      ...(type === 'field_receipt' && receipt ? { receipt } : {}),
      ...(type === 'plan_confirmation' && plan ? { plan } : {}),
      ...(freeText.trim() ? { freeText: freeText.trim() } : {}),
      ...(repeatReason.trim() && !copy ? { repeatReason: repeatReason.trim() } : {}),
      copy,
    }),
    ...(type === 'outsourcing_notice' && agency ? { agency } : {}),
    ...(isPreview ? { preview: true } : {}),
  });
  // What the preview shows: a change to any of it after previewing asks for a new preview before issuing.
  const previewKey = JSON.stringify([type, partyId, language, receipt?.id ?? '', plan?.id ?? '', freeText.trim(), repeatReason.trim(), issueDate, type === 'outsourcing_notice' ? agency ?? null : null]);
  const previewed = preview !== null && preview.key === previewKey;
  // The check runs as the clerk chooses; counter 1 stands in until the number is taken at issue.
  // The letter check refuses prohibited wording; this marks where it stands in what the clerk typed.
  const freeTextWording = useWordingCheck(freeText);
  const problems = partyId ? checkLetter(input(1)) : [];
  const blocked = !partyId || problems.some((p) => p.severity === 'block');
  const repeated = problems.some((p) => p.code === 'repeat_within_interval');

  /** A print or PDF save of a letter goes ahead only once it is in the access log. */
  const logged = async (detail: string, run: () => Promise<unknown> | undefined) => {
    const r = await log({ kind: 'print', caseId: c.id, detail });
    if (!r.ok) return setError(t('exportAudit.failed', { message: r.message }));
    const problem = await outputOrProblem(run);
    if (problem) setError(t('exportAudit.outputFailed', { message: problem }));
  };

  /** Renders the letter marked 预览 未出具 with the number it would take; nothing is registered or taken. */
  const showPreview = async () => {
    if (!device || !reads || blocked) return;
    setError(null);
    setIssued(null);
    setBusy(t('letters.single.rendering'));
    const result = await rendering(async (): Promise<ActionResult<Uint8Array>> => {
      const out = await renderLetter(input(await reads.letters.nextCounter(), false, true)).result;
      return out.kind === 'refused' ? refusedRender() : { ok: true, value: new Uint8Array(out.pdf.bytes) };
    });
    setBusy(null);
    if (!result.ok) return setError(t(result.error.key, result.error.params));
    setPreview({ key: previewKey, url: URL.createObjectURL(new Blob([result.value as BlobPart], { type: 'application/pdf' })) });
  };

  const issue = async () => {
    if (!device || !reads || blocked || !previewed) return;
    setError(null);
    setBusy(t('letters.single.rendering'));
    // Rendered first with the next number, then registered taking that number: a failed render leaves no gap.
    const result = await rendering(() =>
      withNextNumber(
        () => reads.letters.nextCounter(),
        async (counter): Promise<ActionResult<Issued>> => {
          const out = await renderLetter(input(counter)).result;
          if (out.kind === 'refused') return refusedRender();
          const bytes = new Uint8Array(out.pdf.bytes);
          const letter = {
            ...toRegister(out.record, { sha256: out.pdf.sha256, bytes: bytes.byteLength }, c.caseNumber, out.record.amounts?.totalFen ?? receipt?.amountFen ?? 0),
            ...(repeated && repeatReason.trim() ? { repeatReason: repeatReason.trim() } : {}),
          };
          const registered = await act(issueLetter, { letter, pdf: bytes });
          return registered.ok ? { ok: true, value: { number: out.record.number, bytes } } : registered;
        },
      ),
    );
    setBusy(null);
    if (!result.ok) return setError(t(result.error.key, result.error.params));
    setPreview(null);
    setIssued({ ...result.value, url: URL.createObjectURL(new Blob([result.value.bytes as BlobPart], { type: 'application/pdf' })) });
  };

  /** A re-print is a copy marked 副本 under the same number, registered as a copy. */
  const reprint = async (letter: RegisteredLetter) => {
    const serial = parseLetterNumber(letter.number);
    if (!serial || !device) return;
    setBusy(t('letters.single.rendering'));
    const result = await rendering(async (): Promise<ActionResult<Issued>> => {
      const base = letterInputFor({ c, type: letter.type, partyId: letter.partyId, language, issueDate: letter.issueDate, now, deviceCode: serial.deviceCode, counter: serial.counter, records, ...(receipt ? { receipt } : {}), ...(plan ? { plan } : {}), copy: true, templateVersion: letter.templateVersion, ...(letter.letterheadVersion !== undefined ? { letterheadVersion: letter.letterheadVersion } : {}) });
      const out = await renderLetter({ ...base, serial, ...(letter.type === 'outsourcing_notice' && agency ? { agency } : {}) }).result;
      if (out.kind === 'refused') return refusedRender();
      const bytes = new Uint8Array(out.pdf.bytes);
      const registered = await act(reprintLetter, { caseId: c.id, letterId: letter.id, pdfSha256: out.pdf.sha256, pdfBytes: bytes.byteLength, pdf: bytes });
      return registered.ok ? { ok: true, value: { number: letter.number, bytes } } : registered;
    });
    setBusy(null);
    if (!result.ok) return setError(t(result.error.key, result.error.params));
    setIssued({ ...result.value, url: URL.createObjectURL(new Blob([result.value.bytes as BlobPart], { type: 'application/pdf' })) });
  };

  return (
    <section data-testid="case-letters">
      <FormProvider {...form}>
        <div className="card" role="group" aria-label={t('letters.single.title')}>
          <FormFields compact>
            {/* The outsourcing notice names the agency of an approved proposal: offered only once there is one. */}
            <ChoiceField name="type" label={t('letters.single.type')} choices={LETTER_TYPES.filter((lt) => lt !== 'outsourcing_notice' || agency !== undefined).map((lt) => ({ value: lt, label: t(`letters.type.${lt}`) }))} testId="letter-type" />
            <ChoiceField
              name="partyId"
              label={t('letters.single.recipient')}
              prompt={recipients.length === 0 ? t('letters.single.noParty') : undefined}
              choices={recipients.map((p) => ({ value: p.id, label: `${p.name}（${t(`role.${p.role}`)}）` }))}
              testId="letter-recipient"
            />
            {type === 'field_receipt' && <ChoiceField name="receiptId" label={t('fieldwork.tabs.receipts')} choices={receipts.map((r) => ({ value: r.id, label: `${r.number} · ${formatFen(r.amountFen)}` }))} testId="letter-receipt" />}
            <ChoiceField
              name="language"
              label={t('letters.single.language')}
              choices={[
                { value: 'zh-CN', label: '中文' },
                { value: 'en', label: 'English' },
              ]}
              testId="letter-language"
            />
            <TextAreaField name="freeText" label={t('letters.single.freeText')} rows={2} maxLength={500} wide testId="letter-free-text" hint={freeTextWording.findings.length > 0 ? <MarkedText text={freeText} findings={freeTextWording.findings} testId="letter-free-text-marked" /> : undefined} />
          </FormFields>
        </div>
        <LetterProblems problems={problems} />
        {repeated && (
          <FormFields>
            <TextField name="repeatReason" label={t('letters.single.repeatReason', { n: OVERRIDE_REASON_MIN_LENGTH })} maxLength={500} wide testId="letter-repeat-reason" />
          </FormFields>
        )}
      </FormProvider>
      <div className="row gap">
        {may.ok ? (
          <button className={previewed ? '' : 'primary'} disabled={blocked || busy !== null} onClick={() => void showPreview()} data-testid="letter-preview-button">
            {t('letters.single.preview')}
          </button>
        ) : (
          <Refusal action="issue_letter" refusal={may.refusal} />
        )}
        {busy && <span className="muted">{busy}</span>}
        {error && <span className="error">{error}</span>}
      </div>
      {preview && (
        <div className="card" data-testid="letter-preview-card">
          <div className="row gap">
            <strong>{previewed ? t('letters.single.previewReady') : t('letters.single.previewStale')}</strong>
            <button className="primary" disabled={!previewed || blocked || busy !== null} onClick={() => void issue()} data-testid="letter-issue">
              {t('letters.single.issue')}
            </button>
            <button onClick={() => setPreview(null)} disabled={busy !== null} data-testid="letter-preview-cancel">
              {t('common.cancel')}
            </button>
          </div>
          <iframe className="pdf-preview" title={t('letters.single.preview')} src={preview.url} data-testid="letter-preview-draft" />
        </div>
      )}
      {issued && (
        <div className="card" data-testid="letter-issued">
          <div className="row gap">
            <strong>{t('letters.single.issued', { number: issued.number })}</strong>
            <button onClick={() => void logged(`saved PDF ${issued.number}`, () => platform?.savePdf(`${issued.number}.pdf`, issued.bytes))} data-testid="letter-download">
              {t('letters.single.download')}
            </button>
            <button onClick={() => void logged(`printed ${issued.number}`, () => platform?.printPdf(issued.number, issued.bytes))}>{t('letters.single.print')}</button>
          </div>
          <iframe className="pdf-preview" title={issued.number} src={issued.url} data-testid="letter-preview" />
        </div>
      )}
      <h3>{t('letters.single.history')}</h3>
      <table className="grid small">
        <tbody>
          {(work?.letters ?? []).map((l) => (
            <tr key={l.id} className={l.voided ? 'voided' : ''} data-testid={`case-letter-${l.number}`}>
              <td className="mono">{l.number}</td>
              <td>
                {t(`letters.type.${l.type}`)} {l.copy && <span className="pill">{t('letters.copy')}</span>}
              </td>
              <td>{formatInstant(l.issuedAt, i18n.language)}</td>
              <td>{t(`letters.delivery.${l.delivery.status}`)}</td>
              <td>
                {may.ok && !l.copy && !l.voided && (
                  <button className="small" onClick={() => void reprint(l)} data-testid={`letter-reprint-${l.number}`}>
                    {t('letters.single.reprint')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
