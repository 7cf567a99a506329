import type { Input, MenuItemConstructorOptions, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applicationMenuTemplate,
  blockDeveloperShortcuts,
  installApplicationMenu,
  isDeveloperShortcut,
  menuLanguage,
} from '../../electron/main/menu';
import { fakeApp, fakeElectron, FakeWebContents, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

beforeEach(resetFakeElectron);

/** Every role anywhere in the menu, submenus included. */
function roles(template: readonly MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

function installedTemplate(): MenuItemConstructorOptions[] {
  const [menu] = fakeElectron.Menu.setApplicationMenu.mock.calls.at(-1)!;
  return (menu as { template: MenuItemConstructorOptions[] }).template;
}

function key(key: string, modifiers: Partial<Pick<Input, 'control' | 'meta' | 'shift' | 'alt'>> = {}) {
  return { type: 'keyDown', key, control: false, meta: false, shift: false, alt: false, ...modifiers };
}

describe('application menu', () => {
  it('a packaged app has Edit (copy, paste, select all for text fields and input methods) and Window, and no reload or DevTools', () => {
    const template = applicationMenuTemplate({ language: 'zh-CN', packaged: true, platform: 'win32' });
    expect(template.map((item) => item.label)).toEqual(['编辑', '窗口']);
    expect(roles(template)).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'cut', 'undo', 'close']));
    for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(roles(template)).not.toContain(role);
  });

  it('a development build adds reload and DevTools', () => {
    const template = applicationMenuTemplate({ language: 'en', packaged: false, platform: 'linux' });
    expect(template.map((item) => item.label)).toEqual(['Edit', 'Window', 'Developer']);
    expect(roles(template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('labels are Chinese unless the system speaks English', () => {
    expect(menuLanguage('zh-CN')).toBe('zh-CN');
    expect(menuLanguage('zh-TW')).toBe('zh-CN');
    expect(menuLanguage('')).toBe('zh-CN');
    expect(menuLanguage('en-GB')).toBe('en');
    const english = applicationMenuTemplate({ language: 'en', packaged: true, platform: 'linux' });
    const editItems = english[0]!.submenu as MenuItemConstructorOptions[];
    expect(editItems.filter((i) => i.role).map((i) => i.label)).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']);
  });

  it('on macOS the app menu (About, Hide, Quit) comes first, and Edit keeps its place after it', () => {
    const template = applicationMenuTemplate({ language: 'zh-CN', packaged: true, platform: 'darwin' });
    expect(template[0]!.role).toBe('appMenu');
    expect(template.slice(1).map((item) => item.label)).toEqual(['编辑', '窗口']);
    expect(roles(template)).not.toContain('toggleDevTools');
  });

  it('installs the packaged menu in the system language, replacing the default one', () => {
    fakeApp.getLocale.mockReturnValue('en-US');
    installApplicationMenu();
    expect(fakeElectron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = installedTemplate();
    // (On a macOS machine the unlabelled appMenu comes first.)
    expect(template.filter((item) => item.label).map((item) => item.label)).toEqual(['Edit', 'Window']);
    expect(roles(template)).not.toContain('toggleDevTools');
  });

  it('an unpackaged app gets the developer menu', () => {
    fakeApp.isPackaged = false;
    installApplicationMenu();
    expect(roles(installedTemplate())).toContain('toggleDevTools');
  });
});

describe('developer shortcuts', () => {
  it.each([
    ['F5', {}],
    ['F12', {}],
    ['r', { control: true }],
    ['R', { control: true, shift: true }],
    ['r', { meta: true }],
    ['I', { control: true, shift: true }],
    ['J', { control: true, shift: true }],
    ['i', { meta: true, alt: true }],
  ])('%s %o is a developer shortcut', (name, modifiers) => {
    expect(isDeveloperShortcut(key(name, modifiers))).toBe(true);
  });

  it.each([
    ['c', { control: true }],
    ['v', { control: true }],
    ['a', { control: true }],
    ['r', {}],
    ['i', { control: true }],
    ['Escape', {}],
  ])('%s %o is left to the page', (name, modifiers) => {
    expect(isDeveloperShortcut(key(name, modifiers))).toBe(false);
  });

  it('key-up events are left alone', () => {
    expect(isDeveloperShortcut({ ...key('F5'), type: 'keyUp' })).toBe(false);
  });

  it('blocked in the contents: Ctrl+R is prevented, Ctrl+V is not', () => {
    const contents = new FakeWebContents();
    blockDeveloperShortcuts(contents as unknown as WebContents);
    const reload = { preventDefault: vi.fn() };
    contents.emit('before-input-event', reload, key('r', { control: true }));
    expect(reload.preventDefault).toHaveBeenCalled();
    const paste = { preventDefault: vi.fn() };
    contents.emit('before-input-event', paste, key('v', { control: true }));
    expect(paste.preventDefault).not.toHaveBeenCalled();
  });
});
