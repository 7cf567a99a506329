import { expect } from 'vitest';
import { readExtract, type Extract } from '../../../server/import/extract';
import type { Harness } from '../harness';

/**
 * Downloads an extract's template (…/imports/template) as an admin and reads it back with the import's own
 * reader: a CSV in UTF-8 with a BOM, served as an attachment named `fileName`, with a header and one example row.
 */
export async function downloadTemplate(h: Harness, path: string, token: string, fileName: string): Promise<Extract> {
  const res = await fetch(`${h.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const file = await readExtract(bytes, 'template.csv');
  expect(file.rows).toHaveLength(1);
  return file;
}
