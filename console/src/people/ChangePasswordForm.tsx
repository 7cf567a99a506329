import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeMyPassword } from './api';
import { refusalText } from './refusal';

/** The current password and a new one twice; head office checks the policy and names any rule broken. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRefusal(null);
    if (next !== repeat) {
      setRefusal(t('people.password.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await changeMyPassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      onChanged();
    } catch (error) {
      setRefusal(refusalText(t, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="card password-form" data-testid="change-password-form">
      <p className="note">{t('people.password.rules')}</p>
      <label>
        {t('people.password.current')}
        <input data-testid="password-current" type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required maxLength={256} />
      </label>
      <label>
        {t('people.password.next')}
        <input data-testid="password-new" type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required maxLength={256} />
      </label>
      <label>
        {t('people.password.repeat')}
        <input data-testid="password-repeat" type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required maxLength={256} />
      </label>
      {refusal ? (
        <p role="alert" className="error-note" data-testid="password-refusal">
          {refusal}
        </p>
      ) : null}
      <button type="submit" data-testid="password-submit" disabled={busy}>
        {t('people.password.submit')}
      </button>
    </form>
  );
}
