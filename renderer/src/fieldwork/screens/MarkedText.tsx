import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WordingFinding } from '../../../../shared/compliance';

/** The stretches of `text` findings cover, overlapping ones joined, in order. */
export function markedSpans(text: string, findings: readonly WordingFinding[]): { start: number; end: number; ruleIds: string[] }[] {
  const spans = findings
    .map((f) => ({ start: f.index, end: Math.min(text.length, f.index + f.phrase.length), ruleIds: [f.ruleId] }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      for (const id of s.ruleIds) if (!last.ruleIds.includes(id)) last.ruleIds.push(id);
    } else merged.push({ ...s, ruleIds: [...s.ruleIds] });
  }
  return merged;
}

/**
 * The text exactly as typed, with each prohibited phrase marked where it stands: the check matched a normalised
 * copy (spaces dropped, traditional characters simplified…), and its findings point back into the original.
 */
export function MarkedText({ text, findings, testId }: { text: string; findings: readonly WordingFinding[]; testId: string }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of markedSpans(text, findings)) {
    if (span.start > at) parts.push(<Fragment key={`t${at}`}>{text.slice(at, span.start)}</Fragment>);
    parts.push(
      <mark key={`m${span.start}`} className="wording-mark" data-rule={span.ruleIds.join(' ')} title={span.ruleIds.join(', ')}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return (
    <span className="wording-marked" data-testid={testId} aria-label={t('fieldwork.gate.markedLabel')}>
      {parts}
    </span>
  );
}
