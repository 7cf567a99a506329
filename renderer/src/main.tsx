import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from './i18n';
import { createPlatform } from './platform/createPlatform';
import { App } from './app/App';
import './ui/styles.css';
import { registerRowWorker } from './store/encryption/prepared/workerRowSealer';
import { startRowWriter } from './sync/worker/startRowWriter';

// Composition root: the platform is chosen here once and handed to the app.
const platform = createPlatform(import.meta.env.VITE_APP_VERSION ?? '0.1.0');
// The store's row-preparing workers, with the pull's page tasks (a first sync's pages written off the UI thread).
registerRowWorker(startRowWriter);
if (import.meta.env.VITE_BENCH === '1') void import('./benchHooks').then((m) => m.installBenchHooks());

void initI18n().then((i18n) => {
  document.documentElement.lang = i18n.language;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App platform={platform} />
    </StrictMode>,
  );
});
