import { app, Menu, type Input, type MenuItemConstructorOptions, type WebContents } from 'electron';

/**
 * The app's own menu instead of Electron's default one, which ships DevTools and Reload: in a packaged app a
 * reload throws away whatever a collector was typing, and DevTools open the local case store to anyone at
 * the desk (issue 12 §3). Edit stays, because its roles are what make copy, paste and select all (and Chinese
 * input methods) work in text fields; the developer items come back only in an unpackaged (dev) build.
 */

type MenuLanguage = 'zh-CN' | 'en';

const LABELS = {
  'zh-CN': {
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    window: '窗口',
    minimize: '最小化',
    close: '关闭',
    developer: '开发',
    reload: '重新加载',
    forceReload: '强制重新加载',
    devTools: '开发者工具',
  },
  en: {
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    window: 'Window',
    minimize: 'Minimize',
    close: 'Close',
    developer: 'Developer',
    reload: 'Reload',
    forceReload: 'Force Reload',
    devTools: 'Developer Tools',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

/** zh-CN first: English only when the system asks for English. */
export function menuLanguage(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export interface MenuOptions {
  language: MenuLanguage;
  /** `app.isPackaged`: a packaged app gets no reload and no developer tools. */
  packaged: boolean;
  /** macOS takes the first menu as the app's own (About, Hide, Quit): it gets Electron's appMenu role first. */
  platform?: NodeJS.Platform;
}

export function applicationMenuTemplate({ language, packaged, platform = process.platform }: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[language];
  const template: MenuItemConstructorOptions[] = [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll },
      ],
    },
    {
      label: t.window,
      submenu: [
        { role: 'minimize', label: t.minimize },
        { role: 'close', label: t.close },
      ],
    },
  ];
  if (!packaged) {
    template.push({
      label: t.developer,
      submenu: [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.devTools },
      ],
    });
  }
  return template;
}

/** Call once, when ready (before the first window, so it never shows the default menu). */
export function installApplicationMenu(): void {
  const template = applicationMenuTemplate({ language: menuLanguage(app.getLocale()), packaged: app.isPackaged });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/**
 * Chromium's own reload and DevTools keys (F5, Ctrl/Cmd+R, F12, Ctrl+Shift+I/J/C, Cmd+Alt+I/J/C), which would
 * still reach a window whose menu lacks them on some platforms. Key names as `before-input-event` reports them.
 */
export function isDeveloperShortcut(input: Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'shift' | 'alt'>): boolean {
  if (input.type !== 'keyDown') return false;
  const key = input.key.toLowerCase();
  const command = input.control || input.meta;
  if (key === 'f5' || key === 'f12') return true;
  if (command && key === 'r') return true;
  const devToolsChord = (input.control && input.shift) || (input.meta && input.alt);
  return devToolsChord && ['i', 'j', 'c'].includes(key);
}

/** In a packaged app, swallow those keys before the page or Chromium acts on them. */
export function blockDeveloperShortcuts(contents: WebContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isDeveloperShortcut(input)) event.preventDefault();
  });
}
