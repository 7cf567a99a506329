import { useTranslation } from 'react-i18next';
import { fetchMe } from '../session/me';
import { useSession } from '../session/session';
import { switchLanguage } from '../i18n';
import { PAGES } from '../pages';
import { ErrorNote } from '../ui/ErrorNote';
import { useApi } from '../api/useApi';
import { ForcedPasswordChange } from '../people/ForcedPasswordChange';
import { MeContext } from './MeContext';
import { hrefOf, useRoute } from './route';

/** The signed-in frame: who and where, the navigation, and the page the hash names. */
export function Shell() {
  const { t } = useTranslation();
  const signOut = useSession((s) => s.signOut);
  const userId = useSession((s) => s.userId) ?? '';
  const me = useApi(fetchMe, userId);
  const route = useRoute();

  if (me.loading && !me.data) return <p className="loading">{t('common.loading')}</p>;
  if (!me.data) {
    return (
      <main className="sign-in">
        <ErrorNote error={me.error} onRetry={me.reload} />
        <button type="button" onClick={() => void signOut()}>
          {t('app.signOut')}
        </button>
      </main>
    );
  }
  if (me.data.mustChangePassword) return <ForcedPasswordChange onChanged={me.reload} />;
  const pages = PAGES.filter((p) => !p.adminOnly || me.data?.canChange);
  const page = pages.find((p) => p.path === route.page) ?? pages[0]!;
  const Page = page.component;
  return (
    <MeContext.Provider value={me.data}>
      <div className="shell">
        <header className="top-bar">
          <strong>
            {t('app.product')} · {t('app.title')}
          </strong>
          <span className="scope" data-testid="console-scope">
            {me.data.scopeBranchCode === null ? t('app.wholeBank') : t('app.readOnly', { branch: me.data.scopeBranchCode })}
          </span>
          <span className="who">
            {me.data.name}（{me.data.userId}）
          </span>
          <button type="button" className="link" onClick={() => void switchLanguage()}>
            {t('app.language')}
          </button>
          <button type="button" data-testid="console-sign-out" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </header>
        <nav aria-label={t('app.title')} className="side-nav">
          <ul>
            {pages.map((p) => (
              <li key={p.path}>
                <a href={hrefOf(p.path)} aria-current={p === page ? 'page' : undefined} data-testid={`console-nav-${p.path}`}>
                  {t(p.navKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="page">
          <Page />
        </main>
      </div>
    </MeContext.Provider>
  );
}
