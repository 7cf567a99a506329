#!/usr/bin/env node
// `npm start` / `npm run dev`. The desktop app where Electron's binary is available; elsewhere the same
// renderer served to a browser on 127.0.0.1, saying so plainly, so the app can always be used and tested.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';
import { DEFAULT_HEAD_OFFICE_PORT, freePort, startHeadOffice } from './headOffice.mjs';
import { buildConsole, buildWeb, checkHeadOfficeUrl, devWeb, portFrom, previewWeb, RENDERER_HTML } from './web.mjs';

const dev = process.argv.includes('--dev');
// electron-vite and Vite look for their config in the working directory.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

function banner(lines) {
  const rule = '─'.repeat(72);
  console.log([rule, ...lines.map((l) => `  ${l}`), rule].join('\n'));
}

/**
 * HEAD_OFFICE_URL when given; otherwise the embedded head office (PGlite in .data/headoffice, port 8787 or
 * the next free one), seeded with the demo users and portfolio on its first run, stopped with us.
 */
async function startOrUseHeadOffice() {
  if (process.env.HEAD_OFFICE_URL?.trim()) {
    const url = checkHeadOfficeUrl(process.env.HEAD_OFFICE_URL.trim());
    if (!/^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$))/.test(url)) {
      // The renderer's Content-Security-Policy (index.html, electron/main/csp.ts): HTTPS anywhere, plain HTTP on loopback only.
      console.warn(`注意：界面只允许通过 HTTPS 或本机地址连接总行，${url} 会被拒绝。 / Note: the app reaches head office over HTTPS or on loopback only; ${url} will be refused.`);
    }
    banner([`使用总行服务 / Using head office:  ${url}  (HEAD_OFFICE_URL)`]);
    return { url, stop: async () => {} };
  }
  const port = await freePort(portFrom(process.env.HEAD_OFFICE_PORT, DEFAULT_HEAD_OFFICE_PORT));
  console.log('正在启动内置总行服务… / Starting the embedded head office (first run: seeding demo users and cases)…');
  const dataDir = process.env.DATA_DIR?.trim() || '.data/headoffice';
  console.log('正在构建总行控制台… / Building the head-office console…');
  await buildConsole();
  const server = await startHeadOffice({ dataDir, port });
  banner([
    `总行服务 / Head office:  ${server.url}   (数据 / data: ${dataDir})`,
    `总行控制台 / Head-office console:  ${server.url}/console/   (总行管理员 / admin: demo-admin)`,
    '演示用户密码均为 demo1234 / Every demo user above signs in with password demo1234',
    '例如 / e.g. demo-officer-310115-01 (催收员 陈静), demo-supervisor-310115 (主管)',
  ]);
  void server.exited.then(({ code, signal }) => {
    if (!stopping) {
      console.error(`总行服务已停止 / The head office stopped (${signal ?? `exit code ${code}`}); sync will fail until it runs again.`);
    }
  });
  return server;
}

let stopping = false;
let headOffice = { url: null, stop: async () => {} };

async function startElectron(binary) {
  // electron-vite reads ELECTRON_EXEC_PATH; set it so an ELECTRON_OVERRIDE_DIST_PATH binary is used too.
  process.env.ELECTRON_EXEC_PATH = binary;
  // The main process answers app:info with it (electron/main/handlers/appInfo.ts).
  process.env.RECOVERY_DESK_HEAD_OFFICE_URL = headOffice.url ?? '';
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
    ({ url } = await devWeb({ port, headOfficeUrl: headOffice.url }));
  } else {
    console.log('正在构建界面… / Building the renderer for the browser…');
    await buildWeb();
    ({ url } = await previewWeb({ port, headOfficeUrl: headOffice.url }));
  }
  banner([
    `请在浏览器中打开 / Open in a browser:  ${url}`,
    `总行服务 / Head office:  ${headOffice.url}`,
    '只监听本机 127.0.0.1 / Listening on this computer only (127.0.0.1).',
    '按 Ctrl+C 停止 / Press Ctrl+C to stop.',
  ]);
}

// Ctrl+C: stop the head office cleanly (it finishes requests in flight and closes its database), then exit.
// It gets the terminal's SIGINT too; stop() waits for it either way. When Electron quits, electron-vite
// exits the process: 'exit' still signals the child so it is never left behind.
async function shutDown(code) {
  if (stopping) process.exit(1);
  stopping = true;
  await headOffice.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutDown(0));
process.on('SIGTERM', () => void shutDown(0));
process.on('exit', () => {
  const child = headOffice.child;
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
});

const binary = findElectronBinary();
try {
  headOffice = await startOrUseHeadOffice();
  if (binary) await startElectron(binary);
  else await startBrowser();
} catch (error) {
  console.error('启动失败 / Start failed:', error instanceof Error ? error.message : error);
  await headOffice.stop();
  process.exit(1);
}
