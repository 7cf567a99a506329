import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { createPlatform } from './platform/createPlatform';
import { App } from './app/App';
import './ui/styles.css';

// Composition root: the platform is chosen here once and handed to the app.
const platform = createPlatform(import.meta.env.VITE_APP_VERSION ?? '0.1.0');
if (import.meta.env.VITE_BENCH === '1') void import('./benchHooks').then((m) => m.installBenchHooks());

void initI18n().then((i18n) => {
  document.documentElement.lang = i18n.language;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App platform={platform} />
    </StrictMode>,
  );
});
