import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import { maskName } from '../../../shared/domain/masks';
import type { RegisteredLetter } from './repository/register';
import type { BatchException } from '../workers/letterPdfProtocol';
import { neutralizeCell } from '../cases/caseCsv';

/** BOM so that Excel opens UTF-8 Chinese correctly; every cell neutralised against formula injection. */
const toCsv = (rows: string[][]) => '\uFEFF' + Papa.unparse(rows.map((row) => row.map(neutralizeCell)), { quotes: true, newline: '\r\n' });

/** The letter register as CSV: recipients' names masked (the file leaves the device). */
export function registerToCsv(letters: readonly RegisteredLetter[], t: TFunction): string {
  const header = ['number', 'type', 'templateVersion', 'caseNumber', 'recipient', 'issueDate', 'total', 'sha256', 'delivery', 'tracking', 'acknowledged', 'voided'].map((k) => t(`letters.register.col.${k}`));
  const lines = letters.map((l) => [
    l.number + (l.copy ? ` (${t('letters.copy')})` : ''),
    t(`letters.type.${l.type}`),
    `${l.templateId}@${l.templateVersion}`,
    l.caseNumber,
    maskName(l.recipientName),
    l.issueDate,
    (l.totalFen / 100).toFixed(2),
    l.pdfSha256,
    t(`letters.delivery.${l.delivery.status}`),
    l.delivery.trackingNumber ?? '',
    l.acknowledgement ? `${l.acknowledgement.signedOn} ${t(`letters.signer.${l.acknowledgement.signerType}`)}` : '',
    l.voided ? `${l.voided.at.slice(0, 10)} ${l.voided.reason}` : '',
  ]);
  return toCsv([header, ...lines]);
}

/** The cases a batch could not print, and why: names masked as in every export. */
export function exceptionsToCsv(exceptions: readonly BatchException[], t: TFunction): string {
  const lines = exceptions.map((e) => [e.caseNumber, maskName(e.partyName), e.problems.map((p) => t(`letters.problem.${p.code}`, p.params)).join('；')]);
  return toCsv([[t('column.caseNumber'), t('letters.single.recipient'), t('letters.batch.reason')], ...lines]);
}
