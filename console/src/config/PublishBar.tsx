import { useTranslation } from 'react-i18next';
import type { PublishedConfig } from '../../../shared/publishedConfig';
import { ErrorNote } from '../ui/ErrorNote';

/** What is in force for the slot, and after a publish: the new version, or head office's refusal. */
export function CurrentVersion({ current }: { current: PublishedConfig | undefined }) {
  const { t } = useTranslation();
  return (
    <p className="note" data-testid="config-current">
      {current ? t('config.current', { version: current.version, at: current.publishedAt.slice(0, 16).replace('T', ' '), by: current.publishedBy }) : t('config.none')}
    </p>
  );
}

export function PublishOutcome({ published, error, problems }: { published: PublishedConfig | null; error: unknown; problems: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {problems.length > 0 && (
        <div role="alert" className="error-note" data-testid="config-invalid">
          {t('config.invalid')} {problems.join('；')}
        </div>
      )}
      <ErrorNote error={error} />
      {published && (
        <p className="ok-note" data-testid="config-published">
          {t('config.published', { version: published.version })}
        </p>
      )}
    </>
  );
}

/** zod issues as '<field label>: <message>', with the form's labels. */
export function issueList(issues: readonly { path: readonly PropertyKey[]; message: string }[], labelOf: (path: string) => string): string[] {
  return issues.slice(0, 6).map((i) => `${labelOf(i.path.map(String).join('.'))}：${i.message}`);
}
