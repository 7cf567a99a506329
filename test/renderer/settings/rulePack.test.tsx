import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import { currentPack, packInForce, rememberPack } from '../../../renderer/src/fieldwork/compliancePack';
import { OperatorPicker } from '../../../renderer/src/settings/screens/OperatorPicker';

/** Issue 13 §6: on the real store the pack is head office's for the user's branch; only the demo store may choose. */
const user = { id: 'u-collector', name: '王小明', role: 'collector' as const, branchCode: '310115' };
const signedIn = (rulePack: string) => ({ user, rulePack, mode: 'online' as const, since: '2026-12-03T02:00:00Z' });

const saved = new Map<string, string>();
vi.stubGlobal('localStorage', {
  getItem: (k: string) => saved.get(k) ?? null,
  setItem: (k: string, v: string) => void saved.set(k, v),
  removeItem: (k: string) => void saved.delete(k),
});

// Rendered to a string, the store's hooks read its initial state: both are set (as panelsRender.test.tsx does).
function setState(patch: Partial<ReturnType<typeof useAppStore.getState>>) {
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
}

const html = () => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{<OperatorPicker />}</I18nextProvider>);

beforeAll(async () => {
  await initI18n('zh-CN');
});
afterEach(() => {
  saved.clear();
  setState({ source: 'demo', session: null });
});

describe('which pack is in force', () => {
  it.each([
    ['live, signed in to a UK branch, US chosen locally', { source: 'live' as const, session: { rulePack: 'uk-fca' } }, 'us-regf', 'uk-fca'],
    ['live, signed in, nothing chosen', { source: 'live' as const, session: { rulePack: 'us-regf' } }, null, 'us-regf'],
    ['live, not signed in, UK chosen locally', { source: 'live' as const, session: null }, 'uk-fca', 'cn-2026'],
    ['demo, UK chosen', { source: 'demo' as const, session: null }, 'uk-fca', 'uk-fca'],
    ['demo, nothing chosen', { source: 'demo' as const, session: null }, null, 'cn-2026'],
    ['demo, an unknown id left in storage', { source: 'demo' as const, session: null }, 'mars-2099', 'cn-2026'],
  ])('%s', (_, ctx, chosen, expected) => {
    expect(packInForce(ctx, chosen).meta.id).toBe(expected);
  });

  it('the app’s live store ignores a pack chosen on this device and follows the session', () => {
    rememberPack('us-regf');
    setState({ source: 'live', session: signedIn('uk-fca') });
    expect(currentPack().meta.id).toBe('uk-fca');
    setState({ source: 'demo' });
    expect(currentPack().meta.id).toBe('us-regf');
  });
});

describe('Settings', () => {
  it('shows a signed-in user the branch pack read-only, set by head office', () => {
    rememberPack('us-regf');
    setState({ source: 'live', session: signedIn('uk-fca') });
    const page = html();
    expect(page).toContain('data-testid="pack-read-only"');
    expect(page).toContain('uk-fca');
    expect(page).toContain('由总行按网点设定');
    expect(page).not.toContain('pack-select');
  });

  it('lets the demo store choose the pack', () => {
    setState({ source: 'demo', session: null });
    const page = html();
    expect(page).toContain('data-testid="pack-select"');
    expect(page).not.toContain('pack-read-only');
  });

  it('says it in English too', async () => {
    await i18next.changeLanguage('en');
    setState({ source: 'live', session: signedIn('cn-2026') });
    expect(html()).toContain('set by head office for your branch');
    await i18next.changeLanguage('zh-CN');
  });
});
