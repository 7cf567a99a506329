import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, COLUMNS, customerNoOf, demoCases, extractOf, type Row } from '../fixtures/import/demoExtract';
import { openDb } from './harness';

// Risk is core banking's own grade when the extract carries one (risk_grade), none otherwise: head office no longer
// derives one from DPD and amount (issue 16 §2; docs/import-format.md).
let db: Db;
const cases = demoCases(3, { seed: 'risk-grade' });
const riskOf = async (c: Case) => (await db.query<{ data: Case }>('SELECT data FROM cases WHERE id = $1', [`case-${customerNoOf(c)}`])).rows[0]?.data.risk;
const withGrade = (grade: (c: Case) => string) => cases.flatMap((c) => caseToRows(c).map((r): Row => ({ ...r, risk_grade: grade(c) })));
const withoutColumn = (rows: Row[]) => ({ ...extractOf(rows.map(({ risk_grade: _, ...r }) => r)), header: COLUMNS.filter((c) => c !== 'risk_grade') });

beforeAll(async () => {
  db = await openDb('pglite');
});
afterAll(async () => {
  await db.close();
});

describe('the risk grade from core banking', () => {
  it('no column: a new case has none, whatever its DPD and amount', async () => {
    const result = await importExtract(db, withoutColumn(cases.flatMap(caseToRows)));
    expect(result.rejections).toEqual([]);
    for (const c of cases) expect(await riskOf(c)).toBeNull();
  });

  it('the column in English or Chinese sets it; empty is none; a later file without the column keeps it', async () => {
    const grades = ['high', '中', ''];
    const result = await importExtract(db, extractOf(withGrade((c) => grades[cases.indexOf(c)]!)));
    expect(result.rejections).toEqual([]);
    expect(await Promise.all(cases.map(riskOf))).toEqual(['high', 'medium', null]);
    await importExtract(db, withoutColumn(cases.flatMap(caseToRows)));
    expect(await Promise.all(cases.map(riskOf))).toEqual(['high', 'medium', null]);
  });

  it('a grade core banking does not have is refused with the row and field', async () => {
    const result = await importExtract(db, extractOf(withGrade(() => 'severe')), { dryRun: true });
    expect(result.rejections.some((r) => r.field === 'risk_grade')).toBe(true);
  });
});
