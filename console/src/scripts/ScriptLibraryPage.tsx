import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublishedConfig } from '../../../shared/publishedConfig';
import { DEMO_SCRIPT_LIBRARY, PLACEHOLDERS, ScriptLibrarySchema, type Bilingual, type ScriptLanguage, type ScriptLibrary } from '../../../shared/scripts';
import { useApi } from '../api/useApi';
import { publish, readCurrent } from '../config/api';
import { CurrentVersion, issueList, PublishOutcome } from '../config/PublishBar';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';
import { findingsOf, ScriptFindings } from './ScriptFindings';

type InForce = Extract<PublishedConfig, { kind: 'scriptLibrary' }>;
const LANGUAGES: ScriptLanguage[] = ['zh-CN', 'en'];
const PLACEHOLDER_EXAMPLE = PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ');

/**
 * 话术库: the call scripts by segment and stage and the answers to excuses, for the whole bank. An admin edits the
 * texts and publishes the next version; head office refuses one with prohibited wording, naming each script, the
 * phrase and the rule (docs/server.md, "Call scripts"). A supervisor reads it.
 */
export function ScriptLibraryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const current = useApi(() => readCurrent('scriptLibrary'), 'scriptLibrary');
  const [draft, setDraft] = useState<ScriptLibrary | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState<PublishedConfig | null>(null);
  if (current.error && !current.data) return <ErrorNote error={current.error} onRetry={current.reload} />;
  if (!current.data) return <p className="loading">{t('common.loading')}</p>;
  const inForce = current.data.current.find((c): c is InForce => c.kind === 'scriptLibrary');
  const shown = draft ?? inForce?.payload ?? DEMO_SCRIPT_LIBRARY;
  const readOnly = !me.canChange;
  const findings = findingsOf(error);
  const flagged = new Set(findings.map((f) => f.itemId));

  const setText = (list: 'scripts' | 'answers', index: number, language: ScriptLanguage, text: string) => {
    const next = structuredClone(shown);
    const item = next[list][index]!;
    const said: Bilingual = 'answer' in item ? item.answer : item.text;
    said[language] = text;
    setDraft(next);
  };
  const doPublish = async () => {
    setPublished(null);
    setError(null);
    const checked = ScriptLibrarySchema.safeParse(shown);
    if (!checked.success) return setProblems(issueList(checked.error.issues, (p) => p));
    setProblems([]);
    try {
      setPublished(await publish('scriptLibrary', 'bank', checked.data));
      setDraft(null);
      current.reload();
    } catch (err) {
      setError(err);
    }
  };
  const editor = (list: 'scripts' | 'answers', index: number, said: Bilingual, id: string) =>
    LANGUAGES.map((language) => (
      <td key={language}>
        <textarea rows={4} value={said[language]} disabled={readOnly} aria-label={`${id} ${language}`} onChange={(e) => setText(list, index, language, e.target.value)} data-testid={`script-edit-${id}-${language}`} />
      </td>
    ));

  return (
    <section className="script-library">
      <h1>{t('scripts.title')}</h1>
      <p className="note">{t('scripts.intro', { example: PLACEHOLDER_EXAMPLE })}</p>
      {readOnly && <p className="note">{t('config.readOnly')}</p>}
      <div className="toolbar">
        <CurrentVersion current={inForce} />
        {!inForce && <span className="note">{t('scripts.builtIn')}</span>}
      </div>
      <table className="data-table" data-testid="script-table">
        <thead>
          <tr>
            <th>{t('scripts.col.segment')}</th>
            <th>{t('scripts.col.stage')}</th>
            <th>zh-CN</th>
            <th>English</th>
          </tr>
        </thead>
        <tbody>
          {shown.scripts.map((s, i) => (
            <tr key={s.id} className={flagged.has(s.id) ? 'flagged' : undefined} data-testid={`script-row-${s.id}`}>
              <td>{t(`scripts.segments.${s.segment}`)}</td>
              <td>{t(`scripts.stages.${s.stage}`)}</td>
              {editor('scripts', i, s.text, s.id)}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('scripts.excuses')}</h2>
      <table className="data-table" data-testid="answer-table">
        <thead>
          <tr>
            <th>{t('scripts.col.segment')}</th>
            <th>{t('scripts.col.excuse')}</th>
            <th>zh-CN</th>
            <th>English</th>
          </tr>
        </thead>
        <tbody>
          {shown.answers.map((a, i) => (
            <tr key={a.id} className={flagged.has(a.id) ? 'flagged' : undefined} data-testid={`script-row-${a.id}`}>
              <td>{t(`scripts.segments.${a.segment}`)}</td>
              <td>“{a.heard['zh-CN']}”</td>
              {editor('answers', i, a.answer, a.id)}
            </tr>
          ))}
        </tbody>
      </table>
      <ScriptFindings findings={findings} />
      {!readOnly && (
        <div className="toolbar">
          <button type="button" onClick={() => void doPublish()} data-testid="scripts-publish">
            {t('config.publish')}
          </button>
          {draft && (
            <button type="button" onClick={() => (setDraft(null), setError(null), setProblems([]))}>
              {t('scripts.discard')}
            </button>
          )}
        </div>
      )}
      <PublishOutcome published={published} error={findings.length > 0 ? null : error} problems={problems} />
    </section>
  );
}
