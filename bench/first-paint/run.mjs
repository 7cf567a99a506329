#!/usr/bin/env node
// The renderer's first paint (issue 18 §4): bytes of script loaded before the first screen, and the time from
// navigation to that screen, on cold loads in Chromium against the built renderer. Two screens: the sign-in screen
// (a device with no session) and the case list (the demo store, remembered, with --cases demo cases).
//
//   npm run bench -- first-paint [--vs <git-ref>] [--loads 7] [--cases 2000] [--no-build]
//
// --vs builds the renderer as it was at <git-ref> too (git archive into out/bench-first-paint/) and measures the two
// in turn, pair by pair (A B A B …), so a drift in the machine's load hits both; each pair gives a ratio.
// Cold: a new browser process for every load and the HTTP cache (with V8's code cache) disabled.
import { build, preview } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WEB_CONFIG } from '../../scripts/web.mjs';
import { markWhenShown, readLoad } from './inPage.mjs';
import { CHROMIUM_ARGS, chromiumPath, createReporter, log, median, parseOptions, round } from '../lib/common.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = join(ROOT, 'out/bench-first-paint');

const opts = parseOptions(process.argv.slice(2));
if (opts.help) {
  console.error('usage: npm run bench -- first-paint [--vs <git-ref>] [--loads 7] [--cases 2000] [--no-build]');
  process.exit(0);
}
const loads = Number(opts.loads ?? 7);
const cases = Number(opts.cases ?? 2_000);
const reporter = createReporter('first-paint');

/** The renderer as at `ref` (or the working tree), built into out/bench-first-paint/<label>. */
async function buildRenderer(label, ref) {
  const outDir = join(OUT, label);
  if (opts['no-build'] && existsSync(join(outDir, 'index.html'))) return outDir;
  let configFile = WEB_CONFIG;
  if (ref) {
    // Only what the renderer build reads; node_modules is the working tree's.
    const src = join(OUT, `src-${label}`);
    rmSync(src, { recursive: true, force: true });
    mkdirSync(src, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', ref, 'renderer', 'shared', 'resources', 'package.json'], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', src], { input: tar });
    symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'));
    configFile = join(src, 'renderer/vite.web.config.ts');
  }
  log(`building ${label}${ref ? ` (${ref})` : ''} into ${outDir}`);
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}

/** Bytes on disk of the build's scripts, all of them, as a reference for what a first load leaves out. */
function scriptBytesOnDisk(outDir) {
  const dir = join(outDir, 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') && !f.includes('.worker-'))
    .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
}

async function serve(outDir) {
  const server = await preview({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir }, preview: { port: 4300, strictPort: false, open: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { url, close: () => server.close() };
}

/** A browser on `profileDir` with the HTTP cache off: every script is fetched and compiled afresh. */
async function launch(profileDir) {
  const { chromium } = await import('@playwright/test');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page };
}

/** One cold load of `url` until `selector` shows; the profile decides which screen that is. */
async function coldLoad(url, profileDir, { selector, mark }) {
  const { context, page } = await launch(profileDir);
  try {
    if (selector) await page.addInitScript(markWhenShown, { selector, mark });
    await page.goto(url);
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { polling: 20 });
    return await page.evaluate(readLoad, mark);
  } finally {
    await context.close();
  }
}

/** A profile whose remembered store is the demo one, holding `cases` demo cases: it opens on the case list. */
async function seedDemoProfile(url) {
  const profileDir = mkdtempSync(join(tmpdir(), 'rd-bench-first-paint-'));
  const { context, page } = await launch(profileDir);
  try {
    await page.goto(url);
    await page.getByTestId('demo-count').selectOption(String(cases));
    await page.getByTestId('load-demo').click();
    await page.waitForFunction(() => performance.getEntriesByName('rd:list-visible').length > 0, null, { timeout: 600_000, polling: 100 });
  } finally {
    await context.close();
  }
  return profileDir;
}

const SCREENS = {
  // A device with no session: the live store opens on the sign-in screen.
  sign_in: { selector: '[data-testid="sign-in-screen"]', mark: 'rd-bench:shown' },
  // The app's own mark: the case table's first frame with rows (renderer/src/cases/screens/CaseTable.tsx).
  case_list: { selector: null, mark: 'rd:list-visible' },
};

async function main() {
  const variants = [{ label: 'current', ref: null }];
  if (opts.vs) variants.unshift({ label: `vs-${String(opts.vs).replace(/[^\w.-]/g, '_')}`, ref: String(opts.vs) });
  for (const v of variants) {
    v.outDir = await buildRenderer(v.label, v.ref);
    v.server = await serve(v.outDir);
    v.allScriptBytes = scriptBytesOnDisk(v.outDir);
    log(`${v.label}: ${v.server.url}, scripts on disk ${v.allScriptBytes} bytes (workers apart)`);
    v.demoProfile = await seedDemoProfile(v.server.url);
    v.samples = { sign_in: [], case_list: [] };
  }
  try {
    for (let i = 0; i < loads; i++) {
      for (const [screen, how] of Object.entries(SCREENS)) {
        for (const v of variants) {
          const fresh = screen === 'sign_in' ? mkdtempSync(join(tmpdir(), 'rd-bench-first-paint-')) : null;
          const r = await coldLoad(v.server.url, fresh ?? v.demoProfile, how);
          if (fresh) rmSync(fresh, { recursive: true, force: true });
          v.samples[screen].push(r);
          log(`${v.label} ${screen} #${i + 1}: ${round(r.at)} ms, ${r.scripts.length} scripts, ${r.scripts.reduce((s, x) => s + x.bytes, 0)} bytes`);
        }
      }
    }
    for (const screen of Object.keys(SCREENS)) {
      for (const v of variants) {
        const s = v.samples[screen];
        const times = s.map((r) => r.at);
        const bytes = s[0].scripts.reduce((sum, x) => sum + x.bytes, 0);
        const figure = {
          name: `${screen}_ms`,
          variant: v.label,
          ref: v.ref ?? 'working tree',
          ...(screen === 'case_list' ? { n: cases } : {}),
          median_ms: round(median(times)),
          min_ms: round(Math.min(...times)),
          max_ms: round(Math.max(...times)),
          fcp_median_ms: round(median(s.map((r) => r.fcp ?? NaN))),
          dom_content_loaded_median_ms: round(median(s.map((r) => r.dcl ?? NaN))),
          runs: s.length,
          first_load_script_bytes: bytes,
          first_load_scripts: s[0].scripts.map((x) => x.name),
          all_script_bytes: v.allScriptBytes,
        };
        if (variants.length === 2 && v === variants[1]) {
          // Pair by pair: this run's load over the reference's load taken just before it.
          const ratios = times.map((t, i) => t / variants[0].samples[screen][i].at);
          figure.ratio_vs_ref_median = round(median(ratios), 3);
          figure.ratio_vs_ref_min = round(Math.min(...ratios), 3);
          figure.ratio_vs_ref_max = round(Math.max(...ratios), 3);
        }
        reporter.emit(figure);
      }
    }
  } finally {
    for (const v of variants) {
      await v.server.close();
      rmSync(v.demoProfile, { recursive: true, force: true });
    }
  }
}

await main();
