import { useTranslation } from 'react-i18next';
import type { CaseSegment } from '../../../../shared/segments/segmentCase';
import { conditionText } from './conditionText';

/** The case's segment and the decision-table row that put it there, each condition with the case's value. */
export function SegmentView({ segment, published }: { segment: CaseSegment; published: { version: number; scope: string } | null }) {
  const { t, i18n } = useTranslation();
  const { decision } = segment;
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <div className="segment" data-testid="segment-view">
      <p>
        <strong className={`pill segment-${decision.segment}`} data-testid="segment-name">
          {t(`customer.segment.${decision.segment}`)}
        </strong>{' '}
        <span className="muted small">{published ? t('customer.table.published', published) : t('customer.table.builtIn')}</span>
      </p>
      <div data-testid="segment-reasons">
        <p className="small">{t('customer.why', { n: decision.rowNumber, id: decision.row.id })}：{decision.row.note[lang]}</p>
        {decision.met.length > 0 && (
          <ul className="small">
            {decision.met.map((m, i) => (
              <li key={i}>{conditionText(t, m)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
