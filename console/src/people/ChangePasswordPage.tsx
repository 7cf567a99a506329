import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';

/** "Change my password", for every console user. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const [changed, setChanged] = useState(false);
  return (
    <section>
      <h1>{t('people.password.title')}</h1>
      {changed ? (
        <p className="ok-note" role="status" data-testid="password-changed">
          {t('people.password.changed')}
        </p>
      ) : null}
      <ChangePasswordForm onChanged={() => setChanged(true)} />
    </section>
  );
}
