import { useTranslation } from 'react-i18next';
import { useMe } from '../layout/MeContext';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <section>
      <h1>{t('home.title')}</h1>
      <p data-testid="console-welcome">{t('home.welcome', { name: me.name })}</p>
      <p>{me.scopeBranchCode === null ? t('home.scopeAll') : t('home.scopeBranch', { branch: me.scopeBranchCode })}</p>
    </section>
  );
}
