import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import type { Staff } from '../../../shared/domain/staff';
import { PartyCard } from '../../../renderer/src/cases/screens/PartyCard';
import { ExportButton } from '../../../renderer/src/cases/screens/ExportButton';
import { BatchPrint } from '../../../renderer/src/letters/screens/BatchPrint';
import { PlanPanel } from '../../../renderer/src/fieldwork/screens/PlanPanel';
import { WorkArea } from '../../../renderer/src/fieldwork/screens/WorkArea';
import type { CaseWork } from '../../../renderer/src/fieldwork/state/fieldworkSlice';
import { maskIdNumber, maskPhone } from '../../../shared/domain/masks';
import { makeCase } from '../../fixtures/cases';

const staff = (id: string, role: Staff['role'], branchCode = '310115'): Staff => ({ id, name: id, role, branchCode });
const collector = staff('off-1', 'collector');
const colleague = staff('off-2', 'collector');
const clerk = staff('clerk-1', 'clerk');
const supervisor = staff('sup-1', 'supervisor');
const admin = staff('admin', 'head_office_admin', '000000');
const c = makeCase(7, { officerId: collector.id });
const borrower = c.parties[0]!;
const work: CaseWork = { caseId: c.id, activities: [], promises: [], payments: [], plans: [], receipts: [], visits: [], disputes: [], letters: [], audit: [], history: [] };

/** Server rendering reads zustand's initial state object, so the test state is written into it too. */
function as(operator: Staff) {
  const patch = { operator, caseWork: work, platform: { saveText: async () => undefined } as never };
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
}
const html = (el: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{el}</I18nextProvider>);
const party = () => html(<PartyCard party={borrower} caseId={c.id} assignment={c.assignment} />);
/** The kinds of value a reveal control is offered for: id-number, phone, address. */
const showControls = (markup: string) => [...markup.matchAll(/data-testid="(id-number|phone|address)(?:-[^"]*)?-show"/g)].map((m) => m[1]!);

beforeAll(async () => {
  await initI18n('zh-CN');
});

describe('unmasking is offered only to roles that may, and only for their fields', () => {
  it('shows every value masked, whoever looks', () => {
    for (const who of [collector, clerk, supervisor, admin]) {
      as(who);
      const out = party();
      expect(out).toContain(maskIdNumber(borrower.idNumber));
      expect(out).not.toContain(borrower.idNumber);
      for (const ph of borrower.phones) {
        expect(out).toContain(maskPhone(ph.number));
        expect(out).not.toContain(`>${ph.number}<`);
      }
      for (const a of borrower.addresses) expect(out).not.toContain(a.line);
    }
  });

  it.each<[string, Staff, string[]]>([
    ['the case’s collector: phones and addresses', collector, ['phone', 'address']],
    ['another collector: nothing (not their case)', colleague, []],
    ['a clerk: addresses', clerk, ['address']],
    ['a supervisor: ID number, phones and addresses', supervisor, ['id-number', 'phone', 'address']],
    ['a head-office admin: nothing', admin, []],
  ])('%s', (_why, who, fields) => {
    as(who);
    const out = party();
    expect([...new Set(showControls(out))].sort()).toEqual([...fields].sort());
    // One control per value of an allowed kind.
    if (fields.includes('phone')) expect(showControls(out).filter((f) => f === 'phone')).toHaveLength(borrower.phones.length);
  });
});

describe('actions a role may not take are not offered, and the screen says why', () => {
  it('export: a collector gets a disabled button with the reason; a clerk a working one', () => {
    as(collector);
    const refused = html(<ExportButton rows={[]} />);
    expect(refused).toMatch(/<button[^>]*disabled=""[^>]*title="催收员无权导出数据。"[^>]*data-testid="refused-export"/);
    as(clerk);
    expect(html(<ExportButton rows={[]} />)).toContain('data-testid="cases-export"');
  });

  it('batch printing: refused to a collector, offered to a clerk', () => {
    as(collector);
    const out = html(<BatchPrint />);
    expect(out).toContain('data-testid="refused-batch_print"');
    expect(out).toContain('催收员无权批量打印函件');
    expect(out).not.toContain('data-testid="batch-start"');
    as(clerk);
    expect(html(<BatchPrint />)).toContain('data-testid="batch-start"');
  });

  it('contact log: the case’s collector gets the form; a colleague and a clerk are told why not', () => {
    as(collector);
    expect(html(<WorkArea caseRecord={c} />)).toContain('data-testid="log-submit"');
    as(colleague);
    const other = html(<WorkArea caseRecord={c} />);
    expect(other).not.toContain('data-testid="log-submit"');
    expect(other).toContain('本案件未分配给您，不能登记催收记录');
    as(clerk);
    expect(html(<WorkArea caseRecord={c} />)).toContain('柜员无权登记催收记录');
  });

  it('plans: a clerk may not propose one', () => {
    as(clerk);
    const out = html(<PlanPanel caseRecord={c} />);
    expect(out).toContain('data-testid="refused-propose_plan"');
    expect(out).not.toContain('data-testid="plan-submit"');
    as(collector);
    expect(html(<PlanPanel caseRecord={c} />)).toContain('data-testid="plan-submit"');
  });
});
