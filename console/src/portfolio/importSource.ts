import type { ImportCountsView } from '../../../shared/portfolio/imports';

/**
 * Which extract an imports page handles: the portfolio extract (#/imports) or core banking's repayment extract
 * (#/payment-imports, console/src/payments/). Head office serves both the same way under their own paths
 * (server/console/extractImports.ts), so one page, one result view and one counts table serve both.
 */
export type CountColumn = Exclude<keyof ImportCountsView, 'rejectedRows'>;

export interface ImportSource {
  /** Head office's path, e.g. /admin/portfolio/imports. */
  api: string;
  /** The console's route, e.g. imports. */
  page: string;
  /** The i18n keys of the page's title and introduction. */
  titleKey: string;
  introKey: string;
  /** The counts this extract has, in order, and the i18n key of each (applied: what was done). */
  columns: readonly CountColumn[];
  countKey(column: CountColumn, applied: boolean): string;
  /** The i18n key of the note after applying, given the counts. */
  appliedKey: string;
  /** Head office serves a template of this extract (`${api}/template`); the i18n key of its file name. */
  templateFileKey?: string;
}

export const PORTFOLIO_IMPORTS: ImportSource = {
  api: '/admin/portfolio/imports',
  page: 'imports',
  titleKey: 'imports.title',
  introKey: 'imports.intro',
  columns: ['new', 'updated', 'unchanged', 'closed', 'rejected'],
  countKey: (c, applied) => (c === 'closed' && applied ? 'imports.counts.closedDone' : `imports.counts.${c}`),
  appliedKey: 'imports.applied',
  templateFileKey: 'imports.templateFile',
};
