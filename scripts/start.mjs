#!/usr/bin/env node
// `npm start` / `npm run dev`. The desktop app where Electron's binary is available; elsewhere the same
// renderer served to a browser on 127.0.0.1, saying so plainly, so the app can always be used and tested.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';
import { buildWeb, devWeb, portFrom, previewWeb, RENDERER_HTML } from './web.mjs';

const dev = process.argv.includes('--dev');
// electron-vite and Vite look for their config in the working directory.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

function banner(lines) {
  const rule = '─'.repeat(72);
  console.log([rule, ...lines.map((l) => `  ${l}`), rule].join('\n'));
}

async function startElectron(binary) {
  // electron-vite reads ELECTRON_EXEC_PATH; set it so an ELECTRON_OVERRIDE_DIST_PATH binary is used too.
  process.env.ELECTRON_EXEC_PATH = binary;
  const electronVite = await import('electron-vite');
  if (dev) await electronVite.createServer({}, { rendererOnly: false });
  else await electronVite.preview({}, { skipBuild: false }); // builds main, preload and renderer, then launches
}

async function startBrowser() {
  const port = portFrom(process.env.PORT);
  banner([
    '本机没有可用的 Electron 程序文件，无法打开桌面版；改为在浏览器中运行同一个应用。',
    'The Electron binary is not available on this machine, so the desktop app cannot open.',
    'Serving the same app for a browser instead.',
  ]);
  if (!existsSync(RENDERER_HTML)) {
    console.error('renderer/index.html 不存在，无法构建界面。 / renderer/index.html is missing: nothing to serve.');
    process.exit(1);
  }
  let url;
  if (dev) {
    ({ url } = await devWeb({ port }));
  } else {
    console.log('正在构建界面… / Building the renderer for the browser…');
    await buildWeb();
    ({ url } = await previewWeb({ port }));
  }
  banner([
    `请在浏览器中打开 / Open in a browser:  ${url}`,
    '只监听本机 127.0.0.1 / Listening on this computer only (127.0.0.1).',
    '按 Ctrl+C 停止 / Press Ctrl+C to stop.',
  ]);
}

// HOOK (head-office service, a later issue): start the embedded head-office service here, before the
// UI, and hand its URL to the renderer (and add its address to the CSP's connect-src if it is not on
// loopback). Both branches below will need it.

const binary = findElectronBinary();
try {
  if (binary) await startElectron(binary);
  else await startBrowser();
} catch (error) {
  console.error('启动失败 / Start failed:', error instanceof Error ? error.message : error);
  process.exit(1);
}
