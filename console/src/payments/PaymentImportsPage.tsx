import { ImportsPage } from '../portfolio/ImportsPage';
import type { ImportSource } from '../portfolio/importSource';

/**
 * #/payment-imports: core banking's daily repayment extract (docs/import-format.md, "Repayment extract"), uploaded,
 * dry run, applied or discarded like the portfolio extract; its counts are new payments, payments head office
 * already had (the same transaction reference) and rejected rows.
 */
const PAYMENT_IMPORTS: ImportSource = {
  api: '/admin/payments/imports',
  page: 'payment-imports',
  titleKey: 'payments.title',
  introKey: 'payments.intro',
  columns: ['new', 'unchanged', 'rejected'],
  countKey: (c, applied) => (c === 'new' && !applied ? 'payments.counts.toAdd' : `payments.counts.${c}`),
  appliedKey: 'payments.applied',
  templateFileKey: 'payments.templateFile',
};

export function PaymentImportsPage() {
  return <ImportsPage source={PAYMENT_IMPORTS} />;
}
