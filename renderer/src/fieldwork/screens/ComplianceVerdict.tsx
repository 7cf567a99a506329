import { useTranslation } from 'react-i18next';
import type { ContactDecision, Finding, WordingFinding } from '../../../../shared/compliance';

function Sources({ finding }: { finding: Pick<Finding, 'sources'> }) {
  const { t } = useTranslation();
  return (
    <span className="muted small">
      {t('fieldwork.gate.source')}:{' '}
      {finding.sources.map((s) => `${s.title}${s.article ? ` ${s.article}` : ''}${s.secondary ? ` [${t('fieldwork.gate.secondary')}]` : ''}`).join('；')}
    </span>
  );
}

/**
 * What the rule pack says about the attempt: allowed, or which rule blocks it and where that rule comes from.
 * `heldBackByNote`: the note cannot be saved as written, so an "allowed" is not shown green above a red refusal.
 */
export function ComplianceVerdict({ decision, heldBackByNote = false }: { decision: ContactDecision; heldBackByNote?: boolean }) {
  const { t } = useTranslation();
  const heldBack = heldBackByNote && decision.verdict !== 'block';
  return (
    <div className={`gate gate-${heldBack ? 'warn' : decision.verdict}`} role="status" data-testid="compliance-verdict" data-verdict={decision.verdict}>
      <strong>{heldBack ? t('fieldwork.gate.heldBackByNote') : t(`fieldwork.gate.verdict.${decision.verdict}`)}</strong>
      <ul>
        {decision.findings.map((f, i) => (
          <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId}>
            <span className="pill">{f.ruleId}</span> {t(f.messageKey, f.params)} <Sources finding={f} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Prohibited wording found in a free-text note: the phrase, the rule and its source. */
export function WordingVerdict({ findings }: { findings: WordingFinding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <div className="gate gate-block" role="alert" data-testid="wording-verdict">
      <strong>{t('fieldwork.gate.wordingTitle')}</strong> <span className="small">{t('fieldwork.gate.reword')}</span>
      <ul>
        {findings.map((f, i) => (
          <li key={`${f.ruleId}-${i}`} data-rule={f.ruleId}>
            「{f.phrase}」 <span className="pill">{f.ruleId}</span> {t(f.messageKey, { phrase: f.phrase, category: f.category })} <Sources finding={f} />
          </li>
        ))}
      </ul>
    </div>
  );
}
