import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getTemplate, LETTER_LANGUAGES, LETTER_TYPES, type LetterLanguage, type LetterType } from '../../../shared/letters';
import { LetterheadSchema, LetterTemplateSchema, type PublishedConfig } from '../../../shared/publishedConfig';
import { demoLetterhead } from '../../../shared/publishedConfig/demo';
import { DEMO_BRANCHES } from '../../../shared/demo';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';
import { publish, readCurrent } from './api';
import { CurrentVersion, issueList, PublishOutcome } from './PublishBar';

type Tpl = Extract<PublishedConfig, { kind: 'letterTemplate' }>;

/**
 * 函件模板: a new version of a letter template as data (JSON of the shared template shape), previewed as a sample
 * letter PDF before it is published to every device. The pack's checks still decide what a letter may say.
 */
export function LetterTemplatePage() {
  const { t } = useTranslation();
  const me = useMe();
  const current = useApi(() => readCurrent('letterTemplate'), 'letterTemplate');
  const [type, setType] = useState<LetterType>('reminder');
  const [language, setLanguage] = useState<LetterLanguage>('zh-CN');
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState<PublishedConfig | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const inForce = current.data?.current.find((c): c is Tpl => c.kind === 'letterTemplate' && c.key === `${type}.${language}`);
  useEffect(() => {
    const base = inForce?.payload ?? getTemplate(type, language);
    setText(base ? JSON.stringify(base, null, 2) : '');
  }, [type, language, inForce?.version, current.data]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);
  if (current.error && !current.data) return <ErrorNote error={current.error} onRetry={current.reload} />;
  if (!current.data) return <p className="loading">{t('common.loading')}</p>;
  const readOnly = !me.canChange;

  const checked = () => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      setProblems([t('config.template.badJson', { message: err instanceof Error ? err.message : String(err) })]);
      return null;
    }
    const res = LetterTemplateSchema.safeParse(json);
    setProblems(res.success ? [] : issueList(res.error.issues, (p) => p));
    return res.success ? res.data : null;
  };
  const showPreview = async () => {
    const template = checked();
    if (!template) return;
    setBusy(true);
    setError(null);
    try {
      // The sample sender: the demo bank's first branch (the preview is about the template's text).
      const code = DEMO_BRANCHES[0]!.code;
      const { previewLetterhead } = await import('./letterPreview');
      const out = await previewLetterhead(code, LetterheadSchema.parse(demoLetterhead(code)), template);
      if (!out.ok) setProblems([t('config.letterhead.previewRefused', { problems: out.problems.map((p) => `${p.code} ${JSON.stringify(p.params)}`).join('; ') })]);
      else setPreview(URL.createObjectURL(out.pdf));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const doPublish = async () => {
    const template = checked();
    if (!template) return;
    setBusy(true);
    setError(null);
    setPublished(null);
    try {
      setPublished(await publish('letterTemplate', 'bank', template));
      current.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>{t('config.template.title')}</h1>
      <p className="note">{t('config.template.intro')}</p>
      {readOnly && <p className="note">{t('config.readOnly')}</p>}
      <div className="toolbar">
        <label>
          {t('config.template.type')}
          <select value={type} onChange={(e) => (setType(e.target.value as LetterType), setPreview(null), setPublished(null))} data-testid="template-type">
            {LETTER_TYPES.map((lt) => (
              <option key={lt} value={lt}>
                {lt}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('config.template.language')}
          <select value={language} onChange={(e) => (setLanguage(e.target.value as LetterLanguage), setPreview(null), setPublished(null))}>
            {LETTER_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <CurrentVersion current={inForce} />
      </div>
      <label>
        {t('config.template.json')}
        <textarea rows={18} value={text} onChange={(e) => setText(e.target.value)} readOnly={readOnly} spellCheck={false} style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="template-json" />
      </label>
      <div className="toolbar">
        <button type="button" className="secondary" disabled={busy} onClick={() => void showPreview()} data-testid="template-preview">
          {t('config.letterhead.preview')}
        </button>
        {!readOnly && (
          <button type="button" disabled={busy} onClick={() => void doPublish()} data-testid="template-publish">
            {t('config.publish')}
          </button>
        )}
      </div>
      <PublishOutcome published={published} error={error} problems={problems} />
      {preview && (
        <div className="card">
          <a href={preview} download={`template-${type}-${language}-preview.pdf`} data-testid="template-preview-download">
            {t('config.letterhead.download')}
          </a>
          <iframe title={t('config.letterhead.previewTitle')} src={preview} style={{ width: '100%', height: 520, border: '1px solid #d9dee3', marginTop: 8 }} />
        </div>
      )}
    </section>
  );
}
