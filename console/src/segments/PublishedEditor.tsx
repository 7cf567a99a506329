import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishedConfig } from '../../../shared/publishedConfig';
import { useApi } from '../api/useApi';
import { publish, readCurrent } from '../config/api';
import { CurrentVersion, PublishOutcome } from '../config/PublishBar';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';

type Kind = 'segmentTable' | 'contactStrategy';

/** A draft checked as head office will check it: the shared schema, then the publish gate's own checks. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * View and publish one versioned configuration of the customer capability (the segment decision table, the contact
 * strategy) for the bank or one branch: what is in force shown in words, edited as the next version in its data
 * form (JSON) with a preview in words of the draft, checked as head office checks it before it is sent, and
 * head office's refusal in words. A supervisor reads it.
 */
export function PublishedEditor<T>({
  kind,
  builtIn,
  check,
  view,
  testId,
}: {
  kind: Kind;
  /** The version devices use while head office has published none (the same type as the kind's payload). */
  builtIn: T;
  check: (draft: unknown) => Checked<T>;
  view: (payload: T) => ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const current = useApi(() => readCurrent(kind), kind);
  const [scope, setScope] = useState<string>(me.canChange ? 'bank' : (me.scopeBranchCode ?? 'bank'));
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<PublishedConfig | null>(null);
  if (current.error && !current.data) return <ErrorNote error={current.error} onRetry={current.reload} />;
  if (!current.data) return <p className="loading">{t('common.loading')}</p>;
  const ofKind = current.data.current.filter((c) => c.kind === kind);
  const inForce = ofKind.find((c) => c.scope === scope);
  // A branch without its own version uses the bank's; with neither, devices use the built-in one.
  const fallback = scope !== 'bank' ? ofKind.find((c) => c.scope === 'bank') : undefined;
  // The answer was checked with the kind's schema (config/api.ts): its payload is this kind's.
  const base = ((inForce ?? fallback)?.payload as T | undefined) ?? builtIn;
  const readOnly = !me.canChange;

  let parsed: unknown = null;
  let syntax: string | null = null;
  if (text !== null) {
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      syntax = e instanceof Error ? e.message : String(e);
    }
  }
  const checked = text !== null && syntax === null ? check(parsed) : null;
  const problems = syntax !== null ? [t('segments.editor.syntax', { message: syntax })] : checked && !checked.ok ? checked.problems : [];
  const shown = checked?.ok ? checked.value : base;

  const reset = () => (setText(null), setError(null));
  const doPublish = async () => {
    if (!checked?.ok) return;
    setPublished(null);
    setError(null);
    try {
      setPublished(await publish(kind, scope, checked.value));
      setText(null);
      current.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div data-testid={testId}>
      {readOnly && <p className="note">{t('config.readOnly')}</p>}
      <div className="toolbar">
        <label>
          {t('segments.scope')}
          <select value={scope} onChange={(e) => (setScope(e.target.value), reset(), setPublished(null))} data-testid={`${testId}-scope`}>
            {me.canChange && <option value="bank">{t('segments.bank')}</option>}
            {current.data.branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}
              </option>
            ))}
          </select>
        </label>
        <CurrentVersion current={inForce} />
        {!inForce && <span className="note">{fallback ? t('segments.usesBank', { version: fallback.version }) : t('segments.builtIn')}</span>}
      </div>
      {text !== null && <p className="note">{checked?.ok ? t('segments.editor.preview') : t('segments.editor.noPreview')}</p>}
      {view(shown)}
      {!readOnly && (
        <div className="card">
          {text === null ? (
            <button type="button" onClick={() => (setText(JSON.stringify(base, null, 2)), setPublished(null))} data-testid={`${testId}-edit`}>
              {t('segments.editor.edit')}
            </button>
          ) : (
            <>
              <label className="stack">
                {t('segments.editor.label')}
                <textarea className="code" rows={18} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} data-testid={`${testId}-json`} />
              </label>
              {problems.length > 0 && (
                <div role="alert" className="error-note" data-testid="config-invalid">
                  {t('config.invalid')} {problems.join('；')}
                </div>
              )}
              <div className="toolbar">
                <button type="button" disabled={!checked?.ok} onClick={() => void doPublish()} data-testid={`${testId}-publish`}>
                  {t('segments.editor.publish', { scope: scope === 'bank' ? t('segments.bank') : scope })}
                </button>
                <button type="button" onClick={reset}>
                  {t('segments.editor.discard')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      <PublishOutcome published={published} error={error} problems={[]} />
    </div>
  );
}
