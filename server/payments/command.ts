import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Db } from '../db/types';
import { newImportId, recordImport } from '../import/history';
import { importMessage, type ImportLanguage } from '../import/messages';
import { importPaymentsFile } from './apply';

/**
 * `npm run server -- import-payments FILE`: imports the repayment extract, records it in the import history
 * (kind payments, by 'cli'), prints what it did in the reader's language. The exit code: 0 done, 1 refused.
 */
export async function importPaymentsCommand(db: Db, path: string, options: { dryRun: boolean; sheet?: string; lang: ImportLanguage }): Promise<number> {
  const result = await importPaymentsFile(db, path, options);
  const status = result.fileError ? 'refused' : result.dryRun ? 'dry_run' : 'applied';
  await recordImport(db, { id: newImportId(), file: { fileName: basename(path), bytes: await readFile(path) }, uploadedBy: 'cli', uploadedAt: new Date(), status, result, keepFile: false, kind: 'payments' });
  const t = (code: Parameters<typeof importMessage>[0], params: Parameters<typeof importMessage>[1] = {}) => importMessage(code, params, options.lang);
  console.log(`${result.dryRun ? t('dry_run') : ''}${t('payments_summary', { ...result.counts })}`);
  if (result.fileError) console.error(t('file_refused', { reason: importMessage(result.fileError.code, result.fileError.params, options.lang) }));
  console.log(t('report_path', { path: result.reportPath }));
  return result.fileError ? 1 : 0;
}
