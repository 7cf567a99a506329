import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimingHint } from '../../../../shared/strategy/schema';
import { useNextAction } from '../state/useNextAction';
import type { CaseNextAction } from '../nextActionOf';

function hintName(t: TFunction, h: TimingHint): string {
  return t(`customer.next.hintName.${h.kind}`, { ...h });
}

/** The next best action for a case, read from the store (the case's own panel). */
export function NextActionView({ caseId, compact = false }: { caseId: string; compact?: boolean }) {
  const next = useNextAction(caseId);
  return next ? <NextActionBody next={next} compact={compact} /> : null;
}

/** The step, its channel, the best time and the hints behind it with their sources, and why. */
export function NextActionBody({ next, compact = false }: { next: CaseNextAction; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { action, passedOver } = next;
  const refused = passedOver.filter((p) => p.why === 'refused');
  return (
    <div className="next-action" data-testid="next-action">
      {!compact && <h3>{t('customer.next.title')}</h3>}
      {action ? (
        <>
          <p>
            <strong data-testid="next-action-step">{t(`customer.next.step.${action.step.step}`)}</strong>
            {action.step.letterType ? ` · ${t(`letters.type.${action.step.letterType}`, { defaultValue: action.step.letterType })}` : ''}{' '}
            <span data-testid="next-action-time">{action.time ? t('customer.next.at', { date: action.time.localDate, time: action.time.localTime }) : t('customer.next.now')}</span>
          </p>
          <p className="muted small" data-testid="next-action-why">
            {t('customer.next.because', { segment: t(`customer.segment.${next.segment}`), bucket: next.bucket, note: action.rule.note[lang] })}
          </p>
          {action.time && action.time.follows.length > 0 && (
            <ul className="small muted" data-testid="next-action-hints">
              {action.time.follows.map((h) => (
                <li key={h.id}>
                  {hintName(t, h)} — {t('customer.next.hint', { source: h.source[lang] })}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{t('customer.next.none')}</p>
      )}
      {!compact &&
        refused.map((p) => (
          <p key={p.step.step} className="small warning">
            {t('customer.next.refused', { step: t(`customer.next.step.${p.step.step}`), rules: (p.findings ?? []).map((f) => f.ruleId).join('、') })}
          </p>
        ))}
      {!compact && <p className="muted small">{next.strategyPublished ? t('customer.next.strategy.published', next.strategyPublished) : t('customer.next.strategy.builtIn')}</p>}
    </div>
  );
}
