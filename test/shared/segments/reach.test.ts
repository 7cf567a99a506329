import { describe, expect, it } from 'vitest';
import { DEMO_SEGMENT_TABLE } from '../../../shared/segments/demoTable';
import { unreachableRows } from '../../../shared/segments/reach';
import type { SegmentRow } from '../../../shared/segments/table';

const row = (id: string, conditional: boolean): SegmentRow => ({
  id,
  segment: 'unknown',
  when: conditional ? [{ test: 'is', fact: 'lostContact', value: true }] : [],
  note: { 'zh-CN': '说明', en: 'note' },
});

describe('rows no case can reach', () => {
  it('the demo table has none: its only row without conditions is the last', () => {
    expect(unreachableRows(DEMO_SEGMENT_TABLE)).toEqual([]);
  });
  it('every row after the first row without conditions is dead, named with its place and the row that shadows it', () => {
    expect(unreachableRows({ title: 't', rows: [row('a', true), row('all', false), row('b', true), row('c', false)] })).toEqual([
      { rowId: 'b', rowNumber: 3, shadowedBy: 'all' },
      { rowId: 'c', rowNumber: 4, shadowedBy: 'all' },
    ]);
  });
  it('a lone row without conditions shadows nothing', () => {
    expect(unreachableRows({ title: 't', rows: [row('all', false)] })).toEqual([]);
  });
});
