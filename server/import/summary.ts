import type { ImportResult } from './apply';
import { percent } from './closures';
import { importMessage, type ImportLanguage } from './messages';

/** What `npm run server -- import` prints about a result, in the reader's language. */
export function importSummary(result: ImportResult & { reportPath: string; closuresPath: string | null }, lang: ImportLanguage): { out: string[]; err: string[] } {
  const t = (code: Parameters<typeof importMessage>[0], params: Parameters<typeof importMessage>[1] = {}) => importMessage(code, params, lang);
  const out: string[] = [];
  const err: string[] = [];
  const c = result.counts;
  out.push(`${result.dryRun ? t('dry_run') : ''}${t('summary', { ...c })}`);
  if (result.snapshot.date) out.push(t('snapshot_line', { date: result.snapshot.date, last: result.snapshot.last ?? '—' }));
  const k = result.closures;
  if (k.count > 0 && result.closuresPath) {
    const applied = !result.dryRun && result.fileError === null;
    out.push(t('closures_listed', { count: k.count, open: k.open, share: percent(k.count, k.open), limit: k.limit, path: result.closuresPath, would: t(applied ? 'were' : 'would') }));
    if (k.verdict !== 'ok') out.push(t('closures_confirm', { count: k.count }));
  }
  if (result.fileError) err.push(t('file_refused', { reason: importMessage(result.fileError.code, result.fileError.params, lang) }));
  out.push(t('report_path', { path: result.reportPath }));
  return { out, err };
}
