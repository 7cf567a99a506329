import { useTranslation } from 'react-i18next';

/** The supervisor's team view (团队); being built (issue 13 §1). */
export function TeamScreen() {
  const { t } = useTranslation();
  return <h1>{t('nav.team')}</h1>;
}
