import { useEffect, useState } from 'react';
import type { SegmentId } from '../../../../shared/segments/ids';
import { graceDays } from '../../fieldwork/graceDays';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { segmentTableNow } from '../inForce';
import { segmentsOfCases } from '../repository/portfolioRecords';

const NONE: readonly string[] = [];

/**
 * The segments of the cases asked for (`ids`; null: every case on the device), by the table in force, worked out
 * from the store and kept: asking again for cases already known reads nothing. Forgotten and worked out again
 * after a sync, a write on a case or a new set of rows (facts, promises and contacts change segments).
 * The case list asks only for the rows in view for its column, and for every case only while its filter is on.
 */
export function useCaseSegments(ids: readonly string[] | null): ReadonlyMap<string, SegmentId> {
  const store = useAppStore((s) => s.store);
  const rows = useAppStore((s) => s.rows);
  const caseWork = useAppStore((s) => s.caseWork);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  // `asked`: ids already read, found or not (a case gone from the store is not asked for again and again).
  const [known, setKnown] = useState<Known>({ key: [], all: false, asked: new Set(), map: new Map() });
  const fresh = known.key[0] === store && known.key[1] === rows && known.key[2] === caseWork && known.key[3] === synced;
  const wanted = ids ?? NONE;
  const idsKey = ids === null ? null : wanted.join(' ');
  useEffect(() => {
    if (!store) return;
    const key = [store, rows, caseWork, synced];
    const base: Known = fresh ? known : { key, all: false, asked: new Set(), map: new Map() };
    const missing = base.all ? [] : idsKey === null ? null : wanted.filter((id) => !base.asked.has(id));
    if (missing !== null && missing.length === 0) {
      if (!fresh) setKnown(base);
      return;
    }
    let live = true;
    void segmentsOfCases(store.db, missing, segmentTableNow().value, clock.now(), graceDays()).then((found) => {
      if (!live) return;
      const map = new Map(base.map);
      for (const [id, s] of found) map.set(id, s);
      setKnown({ key, all: missing === null, asked: new Set([...base.asked, ...(missing ?? [])]), map });
    });
    return () => {
      live = false;
    };
    // `wanted` is followed through its key; `known` is read, not followed (it is what this effect writes).
  }, [store, rows, caseWork, synced, idsKey, fresh]);
  return fresh ? known.map : EMPTY;
}

const EMPTY: ReadonlyMap<string, SegmentId> = new Map();

interface Known {
  key: unknown[];
  all: boolean;
  asked: Set<string>;
  map: Map<string, SegmentId>;
}
