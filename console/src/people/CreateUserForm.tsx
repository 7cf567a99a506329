import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../shared/domain/staff';
import type { Branch } from '../../../shared/people/api';
import { createUser } from './api';
import { refusalText } from './refusal';

/** A new user (admin): id, name, role, branch, and a typed initial password or none (head office makes one, shown once). */
export function CreateUserForm({ branches, onCreated }: { branches: Branch[]; onCreated: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ id: '', name: '', role: 'collector', branchCode: branches[0]?.code ?? '', password: '' });
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; temporaryPassword: string | null } | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setRefusal(null);
    setCreated(null);
    try {
      const { password, ...rest } = form;
      const answer = await createUser({ ...rest, id: rest.id.trim(), ...(password ? { password } : {}) });
      setCreated({ id: answer.user.id, temporaryPassword: answer.temporaryPassword });
      setForm((f) => ({ ...f, id: '', name: '', password: '' }));
      onCreated();
    } catch (error) {
      setRefusal(refusalText(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} data-testid="create-user-form">
      <h2>{t('people.users.create')}</h2>
      <div className="form-grid">
        <label>
          {t('people.users.id')}
          <input data-testid="new-user-id" value={form.id} onChange={set('id')} required maxLength={64} />
        </label>
        <label>
          {t('people.users.name')}
          <input data-testid="new-user-name" value={form.name} onChange={set('name')} required maxLength={64} />
        </label>
        <label>
          {t('people.users.role')}
          <select data-testid="new-user-role" value={form.role} onChange={set('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('people.users.branch')}
          <select data-testid="new-user-branch" value={form.branchCode} onChange={set('branchCode')}>
            {branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('people.users.initialPassword')}
          <input data-testid="new-user-password" type="password" autoComplete="new-password" value={form.password} onChange={set('password')} maxLength={256} />
        </label>
      </div>
      {refusal ? (
        <p role="alert" className="error-note">
          {refusal}
        </p>
      ) : null}
      {created ? (
        <div className="ok-note" role="status" data-testid="user-created">
          <p>{t('people.users.created', { id: created.id })}</p>
          {created.temporaryPassword ? (
            <p>
              {t('people.users.temporaryPassword')} <span className="secret" data-testid="temporary-password">{created.temporaryPassword}</span>
            </p>
          ) : null}
        </div>
      ) : null}
      <button type="submit" data-testid="create-user" disabled={busy}>
        {t('people.users.create')}
      </button>
    </form>
  );
}
