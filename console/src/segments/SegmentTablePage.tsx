import { useTranslation } from 'react-i18next';
import { DEMO_SEGMENT_TABLE } from '../../../shared/segments/demoTable';
import { unreachableRows } from '../../../shared/segments/reach';
import { SegmentTableSchema, type SegmentTable } from '../../../shared/segments/table';
import { issueList } from '../config/PublishBar';
import { conditionText } from './conditionText';
import { PublishedEditor, type Checked } from './PublishedEditor';

/**
 * 客户分群决策表: the rows that put each case in a segment, read top to bottom (the first that holds decides), for
 * the bank or one branch; head office publishes the next version (docs/server.md, "Customer segments and contact
 * strategy").
 */
export function SegmentTablePage() {
  const { t } = useTranslation();
  const check = (draft: unknown): Checked<SegmentTable> => {
    const parsed = SegmentTableSchema.safeParse(draft);
    if (!parsed.success) return { ok: false, problems: issueList(parsed.error.issues, (p) => p) };
    const dead = unreachableRows(parsed.data);
    if (dead.length > 0) return { ok: false, problems: dead.map((d) => t('segments.table.unreachable', { ...d })) };
    return { ok: true, value: parsed.data };
  };
  return (
    <section className="segment-table">
      <h1>{t('segments.table.title')}</h1>
      <p className="note">{t('segments.table.intro')}</p>
      <PublishedEditor kind="segmentTable" builtIn={DEMO_SEGMENT_TABLE} check={check} view={(table) => <SegmentTableView table={table} />} testId="segment-table" />
    </section>
  );
}

function SegmentTableView({ table }: { table: SegmentTable }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <>
      <h2 data-testid="segment-table-title">{table.title}</h2>
      <table className="data-table" data-testid="segment-rows">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('segments.table.col.id')}</th>
            <th>{t('segments.table.col.when')}</th>
            <th>{t('segments.table.col.segment')}</th>
            <th>{t('segments.table.col.note')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={r.id} data-testid={`segment-row-${r.id}`}>
              <td>{i + 1}</td>
              <td>
                <code>{r.id}</code>
              </td>
              <td>{r.when.length === 0 ? t('segments.table.always') : r.when.map((c) => conditionText(t, c)).join(t('segments.cond.and'))}</td>
              <td>{t(`segments.segment.${r.segment}`)}</td>
              <td>{r.note[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
