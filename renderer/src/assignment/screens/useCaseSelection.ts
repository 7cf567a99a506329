import { useCallback, useMemo, useState } from 'react';

/** The case list's ticked rows (分案): kept by id, so a re-sort or a new filter keeps what was ticked. */
export interface CaseSelection {
  selected: ReadonlySet<string>;
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  setAll: (ids: readonly string[], on: boolean) => void;
  clear: () => void;
}

export function useCaseSelection(): CaseSelection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((id: string) => setSelected((s) => {
    const next = new Set(s);
    if (!next.delete(id)) next.add(id);
    return next;
  }), []);
  const setAll = useCallback((ids: readonly string[], on: boolean) => setSelected((s) => {
    const next = new Set(s);
    for (const id of ids) if (on) next.add(id); else next.delete(id);
    return next;
  }), []);
  const clear = useCallback(() => setSelected(new Set()), []);
  return useMemo(() => ({ selected, isSelected: (id: string) => selected.has(id), toggle, setAll, clear }), [selected, toggle, setAll, clear]);
}
