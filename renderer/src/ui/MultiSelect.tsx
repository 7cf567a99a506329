import { useEffect, useRef, useState } from 'react';

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** A compact dropdown of checkboxes; closes on Escape or a click outside. */
export function MultiSelect<V extends string>({
  label,
  options,
  value,
  onChange,
  testId,
  anyLabel,
}: {
  label: string;
  options: Option<V>[];
  value: V[];
  onChange: (value: V[]) => void;
  testId: string;
  anyLabel: string;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const summary = value.length === 0 ? anyLabel : options.filter((o) => value.includes(o.value)).map((o) => o.label).join(', ');
  return (
    <div className="multiselect" ref={ref} onKeyDown={(e) => {
      if (e.key === 'Escape' && open) {
        e.preventDefault();
        setOpen(false);
      }
    }}>
      <button type="button" className={value.length ? 'chip on' : 'chip'} aria-expanded={open} onClick={() => setOpen(!open)} data-testid={testId}>
        <span className="chip-label">{label}</span>
        <span className="chip-value">{summary}</span>
      </button>
      {open && (
        <div className="menu" role="group" aria-label={label}>
          {options.map((o) => (
            <label key={o.value} className="menu-item">
              <input
                type="checkbox"
                checked={value.includes(o.value)}
                onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
              />
              {o.label}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
