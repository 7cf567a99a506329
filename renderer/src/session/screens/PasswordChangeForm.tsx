import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_RULES, PASSWORD_RULE_MESSAGES, type PasswordRule } from '../../../../shared/people/passwordPolicy';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { sessionRuntime } from '../../sync/sessionRuntime';
import { changeOwnPassword, type PasswordChangeOutcome } from '../changePassword';
import { headOfficeApi } from '../headOfficeApi';

const isRule = (r: string): r is PasswordRule => (PASSWORD_RULES as readonly string[]).includes(r);

/** The current password and a new one twice; head office checks the policy and names the rules broken. */
export function PasswordChangeForm({ onChanged }: { onChanged?: () => void }) {
  const { t, i18n } = useTranslation();
  const session = useAppStore((s) => s.session);
  const store = useAppStore((s) => s.store);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (!session) return null;
  if (session.mode === 'offline') return <p className="muted" data-testid="password-online-only">{t('people.password.onlineOnly')}</p>;
  if (!store) return null;

  const explain = (o: Exclude<PasswordChangeOutcome, { ok: true }>): string => {
    if (o.reason === 'weak') {
      const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
      return t('people.password.weak', { rules: o.rules.filter(isRule).map((r) => PASSWORD_RULE_MESSAGES[r][lang]).join(lang === 'en' ? '; ' : '；') });
    }
    if (o.reason === 'server') return t('people.password.server', { detail: o.detail });
    return t(`people.password.${o.reason === 'wrong_current' ? 'wrongCurrent' : o.reason}`);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!session || !store) return;
    if (next !== repeat) {
      setMessage({ ok: false, text: t('people.password.mismatch') });
      return;
    }
    setBusy(true);
    setMessage(null);
    const baseUrl = useAppStore.getState().headOfficeUrl();
    const outcome = await changeOwnPassword(
      { db: store.db, api: baseUrl ? headOfficeApi(baseUrl) : null, access: sessionRuntime()?.access ?? null, user: session.user, rulePack: session.rulePack, now: clock.now },
      current,
      next,
    );
    setBusy(false);
    if (!outcome.ok) {
      setMessage({ ok: false, text: explain(outcome) });
      return;
    }
    setCurrent('');
    setNext('');
    setRepeat('');
    setMessage({ ok: true, text: t('people.password.changed') });
    onChanged?.();
  }

  return (
    <form className="password-change" onSubmit={(e) => void submit(e)} data-testid="password-change-form">
      <p className="muted">{t('people.password.rules')}</p>
      <label className="field">
        <span>{t('people.password.current')}</span>
        <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required maxLength={1024} data-testid="password-current" />
      </label>
      <label className="field">
        <span>{t('people.password.next')}</span>
        <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} required maxLength={256} data-testid="password-new" />
      </label>
      <label className="field">
        <span>{t('people.password.repeat')}</span>
        <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} required maxLength={256} data-testid="password-repeat" />
      </label>
      {message ? (
        <p className={message.ok ? 'gate gate-ok' : 'gate gate-block'} role={message.ok ? 'status' : 'alert'} data-testid="password-message">
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={busy} data-testid="password-submit">
        {busy ? t('people.password.busy') : t('people.password.submit')}
      </button>
    </form>
  );
}
