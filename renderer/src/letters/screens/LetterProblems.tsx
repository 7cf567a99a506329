import { useTranslation } from 'react-i18next';
import type { LetterProblem } from '../../../../shared/letters';

/** A hold's reason in the user's words (异议, not `dispute`); unknown kinds stay as they are. */
function paramsInWords(p: LetterProblem, t: (key: string, options: { defaultValue: string }) => string): LetterProblem['params'] {
  if (p.code !== 'hold' || p.params.reason === undefined) return p.params;
  const reason = String(p.params.reason);
  return { ...p.params, reason: t(`holdReason.${reason}`, { defaultValue: reason }) };
}

/** Every failed check, blocking first, with the rule and its source where a pack rule fired. */
export function LetterProblems({ problems }: { problems: readonly LetterProblem[] }) {
  const { t } = useTranslation();
  const blocking = problems.filter((p) => p.severity === 'block');
  const warnings = problems.filter((p) => p.severity === 'warn');
  if (problems.length === 0)
    return (
      <p className="gate gate-allow" data-testid="letter-check-ok">
        {t('letters.single.ok')}
      </p>
    );
  const list = (items: LetterProblem[]) => (
    <ul>
      {items.map((p, i) => (
        <li key={`${p.code}-${i}`} data-code={p.code}>
          {p.ruleId && <span className="pill">{p.ruleId}</span>} {t(`letters.problem.${p.code}`, paramsInWords(p, t))}
          {p.sources && p.sources.length > 0 && <span className="muted small"> · {p.sources.map((s) => `${s.title}${s.article ? ` ${s.article}` : ''}`).join('；')}</span>}
        </li>
      ))}
    </ul>
  );
  return (
    <div data-testid="letter-problems">
      {blocking.length > 0 && (
        <div className="gate gate-block" role="alert">
          <strong>{t('letters.single.problems')}</strong>
          {list(blocking)}
        </div>
      )}
      {warnings.length > 0 && (
        <div className="gate gate-warn">
          <strong>{t('letters.single.warnings')}</strong>
          {list(warnings)}
        </div>
      )}
    </div>
  );
}
