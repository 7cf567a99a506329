import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseRowIndex, totalOfRows } from '../../../../shared/domain/caseQuery';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { LOST_CONTACT_FAILED_ATTEMPTS } from '../../../../shared/fieldwork/lostContact';
import { formatFen, formatFenLarge } from '../../ui/format';
import { CaseTable } from './CaseTable';
import { FilterBar } from './FilterBar';
import { ColumnChooser } from './ColumnChooser';
import { SavedViewsMenu } from './SavedViewsMenu';
import { ExportButton } from './ExportButton';
import { DemoLoader } from '../../demo/screens/DemoLoader';
import { AssignButton } from '../../assignment/screens/AssignButton';
import { useCaseSelection } from '../../assignment/screens/useCaseSelection';
import { usePermission } from '../../access/screens/usePermission';
import { useCaseSegments } from '../../customer/state/useCaseSegments';

const NO_IDS: readonly string[] = [];

export function CaseListScreen() {
  const { t, i18n } = useTranslation();
  const rows = useAppStore((s) => s.rows);
  const rowsLoaded = useAppStore((s) => s.rowsLoaded);
  const rowsComplete = useAppStore((s) => s.rowsComplete);
  const filters = useAppStore((s) => s.filters);
  const sort = useAppStore((s) => s.sort);
  const search = useAppStore((s) => s.search);
  const setSearch = useAppStore((s) => s.setSearch);
  const clearFilters = useAppStore((s) => s.clearFilters);
  // Typing stays responsive: the list catches up with the search text a frame later.
  const deferredSearch = useDeferredValue(search);

  // One index per loaded row set: each column's order is sorted once, then filters are a single pass.
  // Phone and ID searches match the rows' blind indexes, made with the store's key.
  const searchKey = useAppStore((s) => s.store?.cases.searchKey);
  const index = useMemo(() => new CaseRowIndex(rows, searchKey), [rows, searchKey]);
  // The lost-contact queue (失联): it reads every case and activity, so only while the filter is on (a store of
  // 100,000 cases must not pay for it on every list load or after every save).
  const reads = useAppStore(selectReads);
  const [lost, setLost] = useState<Set<string> | null>(null);
  const setFilter = useAppStore((s) => s.setFilter);
  const lostWanted = filters.lostContact === true;
  useEffect(() => {
    let live = true;
    if (reads && rowsComplete && lostWanted) void reads.work.lostContactCaseIds().then((ids) => live && setLost(ids));
    return () => {
      live = false;
    };
  }, [reads, rows, rowsComplete, lostWanted]);
  // The segment filter (客户分群) needs every case's segment, worked out from its records: only while it is on.
  const segmentWanted = (filters.segments?.length ?? 0) > 0;
  const segments = useCaseSegments(segmentWanted ? null : NO_IDS);
  const lostCount = useMemo(() => (lost ? rows.filter((r) => lost.has(r.id)).length : null), [lost, rows]);
  const shown = useMemo(
    () => (rowsComplete ? index.query({ filters, search: deferredSearch, sort, lostCaseIds: lost ?? undefined, segmentOf: segmentWanted ? segments : undefined }) : rows),
    [index, rows, rowsComplete, filters, deferredSearch, sort, lost, segmentWanted, segments],
  );
  const total = useMemo(() => totalOfRows(shown), [shown]);
  // 分案: rows can be ticked only by a role that may assign them.
  const selection = useCaseSelection();
  const mayAssign = usePermission('assign_cases').ok;

  if (!rowsLoaded) return <p className="muted pad">{t('common.loading')}</p>;
  if (rows.length === 0 && rowsComplete) {
    return (
      <section className="empty-state">
        <h1>{t('cases.empty')}</h1>
        <p>{t('cases.emptyHint')}</p>
        <DemoLoader />
      </section>
    );
  }

  return (
    <section className="case-list">
      <fieldset className="toolbar" disabled={!rowsComplete}>
        <input
          className="search"
          type="search"
          value={search}
          placeholder={t('cases.search')}
          aria-label={t('cases.search')}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="case-search"
        />
        <button onClick={clearFilters}>{t('cases.clearFilters')}</button>
        <button aria-pressed={filters.lostContact === true} onClick={() => setFilter('lostContact', !filters.lostContact)} data-testid="filter-lost-contact" title={t('cases.lostContactHint', { n: LOST_CONTACT_FAILED_ATTEMPTS })}>
          {lostWanted && lostCount !== null ? t('cases.lostContact', { n: lostCount }) : t('cases.lostContactOff')}
        </button>
        <span className="spacer" />
        <SavedViewsMenu />
        <ColumnChooser />
        <ExportButton rows={shown} />
        <AssignButton shown={shown} selection={selection} />
      </fieldset>
      <fieldset className="filters" disabled={!rowsComplete}>
        <FilterBar />
      </fieldset>
      <CaseTable rows={shown} selection={mayAssign ? selection : undefined} segmentsKnown={segmentWanted ? segments : undefined} />
      <p className="muted small keys-hint" data-testid="case-keys">
        <kbd>↑</kbd> <kbd>↓</kbd> {t('cases.keys.move')} · <kbd>PageUp</kbd> <kbd>PageDown</kbd> {t('cases.keys.page')} · <kbd>Enter</kbd> {t('cases.keys.open')} · <kbd>Esc</kbd> {t('cases.keys.back')}
      </p>
      <div className="list-summary" data-testid="list-summary" aria-live="polite" title={rowsComplete && shown.length > 0 ? formatFen(total.totalFen) : undefined}>
        {!rowsComplete
          ? t('cases.loadingAll')
          : shown.length === 0
          ? t('cases.noMatch')
          : t('cases.shown', { n: total.count.toLocaleString(i18n.language), amount: formatFenLarge(total.totalFen, i18n.language) })}
        {rowsComplete && shown.length !== rows.length && t('cases.ofTotal', { n: rows.length.toLocaleString(i18n.language) })}
      </div>
    </section>
  );
}
