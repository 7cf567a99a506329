import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { answersFor, factsOfCase, fillScript, placeholderValues, scriptsFor, SCRIPT_STAGES, type Placeholder, type ScriptLanguage, type ScriptStage } from '../../../../shared/scripts';
import { configNow, currentScriptLibrary, subscribeConfig } from '../../config/configInForce';
import { currentPack } from '../../fieldwork/compliancePack';
import { useAppStore } from '../../state/appStore';
import { todayIn } from '../../ui/format';
import { useCaseSegment } from '../useCaseSegment';

/**
 * During a call (docs/domain.md, "Call scripts"): the script for the case's segment (general while it is not known)
 * at the chosen stage, with the debtor's amounts and dates filled in from the case, and the answers to excuses.
 */
export function CallScriptPanel({ caseRecord }: { caseRecord: Case }) {
  const { t, i18n } = useTranslation();
  const [stage, setStage] = useState<ScriptStage>('opening');
  const segment = useCaseSegment(caseRecord.id);
  const session = useAppStore((s) => s.session);
  const work = useAppStore((s) => s.caseWork);
  // Re-render when a sync brings a new library.
  useSyncExternalStore(subscribeConfig, configNow, configNow);
  const { library, version } = currentScriptLibrary();
  const language: ScriptLanguage = i18n.language === 'en' ? 'en' : 'zh-CN';
  const promises = work?.caseId === caseRecord.id ? work.promises : [];
  const facts = factsOfCase(caseRecord, promises, todayIn(caseRecord.timeZone), session?.user.name ?? null);
  const values = placeholderValues(facts, currentPack(), language);
  const { scripts, audience } = scriptsFor(library, segment, stage);
  const answers = answersFor(library, segment);

  const filled = (key: string, text: string, testId: string) => (
    <p key={key} className="script-text" data-testid={testId}>
      {fillScript(text, values).map((part, i) =>
        part.kind === 'text' ? (
          <span key={i}>{part.text}</span>
        ) : part.value === null ? (
          <mark key={i} className="script-missing" data-testid={`script-missing-${part.name}`}>
            【{t(`scripts.missing.${part.name satisfies Placeholder}`)}】
          </mark>
        ) : (
          <mark key={i} className="script-value" data-testid={`script-value-${part.name}`}>
            {part.value}
          </mark>
        ),
      )}
    </p>
  );

  return (
    <details className="call-script card" open data-testid="call-script">
      <summary>
        <strong>{t('scripts.title')}</strong>{' '}
        <span className="pill" data-testid="script-audience">
          {t('scripts.forSegment', { segment: t(`scripts.segments.${audience}`) })}
        </span>{' '}
        <span className="muted small">{version === null ? t('scripts.builtIn') : t('scripts.version', { version })}</span>
      </summary>
      <div className="tabs" role="tablist">
        {SCRIPT_STAGES.map((id) => (
          <button key={id} type="button" role="tab" aria-selected={stage === id} className={stage === id ? 'tab active' : 'tab'} onClick={() => setStage(id)} data-testid={`script-stage-${id}`}>
            {t(`scripts.stages.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {scripts.map((s) => filled(s.id, s.text[language], 'script-text'))}
        <p className="muted small">{t('scripts.filledNote')}</p>
      </div>
      <h3>{t('scripts.excuses')}</h3>
      <ul className="script-answers" data-testid="script-answers">
        {answers.map((a) => (
          <li key={a.id}>
            <details>
              <summary>“{a.heard[language]}”</summary>
              {filled(a.id, a.answer[language], `script-answer-${a.excuse}`)}
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
