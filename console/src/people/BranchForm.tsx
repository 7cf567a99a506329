import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PACKS } from '../../../shared/compliance/packs';
import type { Branch, RepaymentAccount } from '../../../shared/people/api';
import { saveBranch } from './api';
import { refusalText } from './refusal';

const EMPTY_ACCOUNT: RepaymentAccount = { accountName: '', accountNumber: '', bank: '' };

/** A branch's details, its repayment accounts (several) and its rule pack; a new branch also takes its code. */
export function BranchForm({ branch, onSaved, onCancel }: { branch: Branch | null; onSaved: (code: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(branch?.code ?? '');
  const [form, setForm] = useState({ name: branch?.name ?? '', address: branch?.address ?? '', postcode: branch?.postcode ?? '', phone: branch?.phone ?? '', rulePack: branch?.rulePack ?? 'cn-2026' });
  const [accounts, setAccounts] = useState<RepaymentAccount[]>(branch?.accounts ?? []);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const field = (k: keyof typeof form, label: string, max: number) => (
    <label>
      {label}
      <input data-testid={`branch-${k}`} value={form[k]} onChange={(e) => setForm((f) => ({ ...f, [k]: e.target.value }))} maxLength={max} />
    </label>
  );
  const setAccount = (i: number, k: keyof RepaymentAccount, v: string) => setAccounts((list) => list.map((a, j) => (j === i ? { ...a, [k]: v } : a)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    try {
      const saved = await saveBranch(code.trim(), { ...form, accounts }, branch === null);
      onSaved(saved.code);
    } catch (error) {
      setRefusal(refusalText(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} data-testid="branch-form">
      <h2>{branch ? `${t('people.branches.edit')}：${branch.code}` : t('people.branches.create')}</h2>
      <div className="form-grid">
        {branch ? null : (
          <label>
            {t('people.branches.code')}
            <input data-testid="branch-code" value={code} onChange={(e) => setCode(e.target.value)} required maxLength={16} />
          </label>
        )}
        {field('name', t('people.branches.name'), 100)}
        {field('address', t('people.branches.address'), 200)}
        {field('postcode', t('people.branches.postcode'), 12)}
        {field('phone', t('people.branches.phone'), 30)}
        <label>
          {t('people.branches.rulePack')}
          <select data-testid="branch-rulePack" value={form.rulePack} onChange={(e) => setForm((f) => ({ ...f, rulePack: e.target.value }))}>
            {Object.keys(PACKS).map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h2>{t('people.branches.accounts')}</h2>
      {accounts.map((a, i) => (
        <div className="actions" key={i} data-testid={`branch-account-${i}`}>
          {(['accountName', 'accountNumber', 'bank'] as const).map((k) => (
            <label key={k}>
              {t(`people.branches.${k}`)}
              <input data-testid={`branch-account-${i}-${k}`} value={a[k]} onChange={(e) => setAccount(i, k, e.target.value)} maxLength={100} />
            </label>
          ))}
          <button type="button" className="secondary" onClick={() => setAccounts((list) => list.filter((_, j) => j !== i))}>
            {t('people.branches.removeAccount')}
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="secondary" data-testid="branch-add-account" disabled={accounts.length >= 10} onClick={() => setAccounts((list) => [...list, EMPTY_ACCOUNT])}>
          {t('people.branches.addAccount')}
        </button>
      </p>
      {refusal ? (
        <p role="alert" className="error-note">
          {refusal}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" data-testid="branch-save" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
