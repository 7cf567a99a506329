import { useTranslation } from 'react-i18next';
import { uncoveredSegments } from '../../../shared/strategy/coverage';
import { DEMO_CONTACT_STRATEGY } from '../../../shared/strategy/demo';
import { ContactStrategySchema, type ContactStrategy, type TimingHint } from '../../../shared/strategy/schema';
import { issueList } from '../config/PublishBar';
import { PublishedEditor, type Checked } from './PublishedEditor';

/**
 * 联系策略: for each segment and bucket, the steps a collector is proposed (channel, cadence, letter), and the timing
 * hints with their sources, for the bank or one branch; head office publishes the next version (docs/server.md,
 * "Customer segments and contact strategy").
 */
export function ContactStrategyPage() {
  const { t } = useTranslation();
  const check = (draft: unknown): Checked<ContactStrategy> => {
    const parsed = ContactStrategySchema.safeParse(draft);
    if (!parsed.success) return { ok: false, problems: issueList(parsed.error.issues, (p) => p) };
    const uncovered = uncoveredSegments(parsed.data);
    if (uncovered.length > 0) return { ok: false, problems: uncovered.map((u) => t('segments.strategy.uncovered', { segment: t(`segments.segment.${u.segment}`), buckets: u.buckets.join('、') })) };
    return { ok: true, value: parsed.data };
  };
  return (
    <section className="contact-strategy">
      <h1>{t('segments.strategy.title')}</h1>
      <p className="note">{t('segments.strategy.intro')}</p>
      <PublishedEditor kind="contactStrategy" builtIn={DEMO_CONTACT_STRATEGY} check={check} view={(s) => <StrategyView strategy={s} />} testId="contact-strategy" />
    </section>
  );
}

function hintText(t: (k: string, o?: Record<string, unknown>) => string, h: TimingHint): string {
  switch (h.kind) {
    case 'workday_start':
      return t('segments.strategy.hint.workday_start', { minutes: h.minutes });
    case 'avoid':
      return t('segments.strategy.hint.avoid', { from: h.from, to: h.to });
    case 'weekday':
      return t('segments.strategy.hint.weekday', { days: h.order.map((d) => t(`segments.weekday.${d}`)).join(' > ') });
    case 'before_payday':
      return t('segments.strategy.hint.before_payday', { days: h.days });
  }
}

function StrategyView({ strategy }: { strategy: ContactStrategy }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <>
      <h2 data-testid="contact-strategy-title">{strategy.title}</h2>
      <table className="data-table" data-testid="strategy-rules">
        <thead>
          <tr>
            <th>{t('segments.strategy.col.segments')}</th>
            <th>{t('segments.strategy.col.buckets')}</th>
            <th>{t('segments.strategy.col.steps')}</th>
            <th>{t('segments.table.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {strategy.rules.map((r) => (
            <tr key={r.id} data-testid={`strategy-rule-${r.id}`}>
              <td>{r.segments.map((s) => t(`segments.segment.${s}`)).join('、')}</td>
              <td>{r.buckets.length === 0 ? t('segments.strategy.allBuckets') : r.buckets.join('、')}</td>
              <td>
                <ol>
                  {r.steps.map((s, i) => (
                    <li key={i}>
                      {t('segments.strategy.stepLine', { step: t(`segments.step.${s.step}`), days: s.everyDays })}
                      {s.letterType ? `（${t(`segments.letter.${s.letterType}`, { defaultValue: s.letterType })}）` : ''}
                    </li>
                  ))}
                </ol>
              </td>
              <td>{r.note[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('segments.strategy.timing', { start: strategy.timing.workdayStart, end: strategy.timing.workdayEnd, days: strategy.timing.horizonDays })}</h3>
      <ul data-testid="strategy-hints">
        {strategy.timing.hints.map((h) => (
          <li key={h.id}>
            {hintText(t, h)} — <span className="note">{h.source[lang]}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
