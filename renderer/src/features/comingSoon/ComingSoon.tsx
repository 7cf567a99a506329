import { useTranslation } from 'react-i18next';

/** A screen a later release fills: it says what is coming instead of pretending. */
export function ComingSoon({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <section className="coming-soon">
      <h1>{title}</h1>
      <p className="badge">{t('coming.title')}</p>
      <p>{text}</p>
    </section>
  );
}
