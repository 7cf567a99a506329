import { demoExtract } from './demoPortfolio';
import { spreadsheetCsv } from './report';

/**
 * The portfolio extract's template (数据导入 → 下载模板, docs/import-format.md): every column the import reads,
 * the required ones first, and one example row in the formats the import accepts. The example is a fictitious
 * demo customer with today's snapshot, made by the same code as the demo portfolio, so the template is always a
 * file the import takes (test/server/console/portfolioImports.test.ts uploads it).
 */
export function portfolioTemplateCsv(now: Date): string {
  const example = demoExtract({ cases: 1, now });
  const cells = example.rows[0]!.cells;
  return spreadsheetCsv([example.header, example.header.map((column) => cells[column] ?? '')]);
}
