// Shared by the bench suites: arguments, statistics, the browser, and where figures go.
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const RESULTS_DIR = fileURLToPath(new URL('../results/', import.meta.url));

/** `--name value` and `--flag` options; numbers stay strings until the suite parses them. */
export function parseOptions(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"`);
    const [key, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) options[key] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) options[key] = argv[++i];
    else options[key] = true;
  }
  return options;
}

/** "10000,100000" or "1e5" → [10000, 100000]. */
export function parseSizes(text) {
  const sizes = String(text)
    .split(',')
    .map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--sizes wants whole numbers, e.g. 10000,100000 (got "${text}")`);
  return sizes;
}

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
}

export const round = (x, digits = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

export function log(...parts) {
  console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);
}

/**
 * One JSON object per figure: to stdout, and appended to bench/results/<suite>-<date>.jsonl.
 * Every line carries the run's start time so several runs on one day can be told apart.
 */
export function createReporter(suite) {
  const run = new Date().toISOString();
  const file = `${RESULTS_DIR}${suite}-${run.slice(0, 10)}.jsonl`;
  if (!existsSync(RESULTS_DIR)) mkdirSync(RESULTS_DIR, { recursive: true });
  return {
    file,
    emit(figure) {
      const line = JSON.stringify({ suite, ...figure, run });
      process.stdout.write(`${line}\n`);
      appendFileSync(file, `${line}\n`);
    },
  };
}

/** Debian's Chromium where there is one (CHROMIUM_PATH overrides); Playwright's own browser otherwise. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Without the first five, Chromium stalls on refused connections here (docs: shared testing notes). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

/**
 * Chromium with a fresh on-disk profile (Playwright's default contexts keep IndexedDB in memory, which would
 * flatter every store figure). `close()` ends the browser and removes the profile.
 */
export async function launchFreshProfile(prefix) {
  const { chromium } = await import('@playwright/test');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const profileDir = mkdtempSync(join(tmpdir(), prefix));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(60_000);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
