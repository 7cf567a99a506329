import { formatFen } from '../../../shared/domain/money';
import i18next from 'i18next';
import { ConsoleError } from '../api/client';
import { errorText } from '../i18n';
import { ProblemSchema } from './api';

/** Times as head office's staff read them: in the bank's zone (Asia/Shanghai), whatever the browser's. */
export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(i18next.language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

export const formatYuan = (fen: number) => formatFen(fen, { symbol: true });

type T = (key: string, vars?: Record<string, unknown>) => string;

/** An import message (a rejection reason, a file refusal) in the reader's language. */
export const importText = (t: T, code: string, params: Record<string, string | number>) => (i18next.exists(`import.${code}`) ? t(`import.${code}`, params) : code);

/** A refusal in words; a refused extract says why in the import's own words. */
export function portfolioErrorText(t: T, error: unknown): string {
  if (error instanceof ConsoleError && error.code === 'extract_refused') {
    const problem = ProblemSchema.safeParse(error.detail.problem);
    if (problem.success) return t('imports.fileRefused', { reason: importText(t, problem.data.code, problem.data.params) });
  }
  return errorText(t, error);
}
