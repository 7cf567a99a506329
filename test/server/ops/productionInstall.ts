// What the container recipe's final stage does, done on this machine (CI has no container runtime): the
// Dockerfile is read, its COPY sources taken from the checkout (or, for `--from=build`, from a fresh
// `scripts/build-server.mjs` build), its `npm ...` RUN steps run in a temporary folder, and its CMD started.
// So the test proves that production dependencies alone run the compiled service, and that the recipe's
// inputs exist.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { buildServer } from '../../../scripts/build-server.mjs';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** The Dockerfile's instructions by stage (a stage starts at FROM), comments and blank lines dropped. */
export function readDockerfile(text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')): Instruction[][] {
  const stages: Instruction[][] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([A-Z]+)\s+(.*)$/.exec(line);
    if (!m) throw new Error(`Dockerfile line ${i + 1}: not an instruction (continuation lines are not used here): ${line}`);
    if (m[1] === 'FROM') stages.push([]);
    const stage = stages.at(-1);
    if (!stage) throw new Error(`Dockerfile line ${i + 1}: ${m[1]} before FROM`);
    stage.push({ keyword: m[1]!, args: m[2]!, line: i + 1 });
  });
  return stages;
}

export interface CopyStep {
  from: string | null;
  sources: string[];
  dest: string;
}

export function copySteps(stage: readonly Instruction[]): CopyStep[] {
  return stage
    .filter((i) => i.keyword === 'COPY')
    .map((i) => {
      const words = i.args.split(/\s+/);
      const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length) ?? null;
      const paths = words.filter((w) => !w.startsWith('--'));
      return { from, sources: paths.slice(0, -1), dest: paths.at(-1)! };
    });
}

/** ENV k=v … of a stage, in order. */
export function envOf(stage: readonly Instruction[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of stage.filter((x) => x.keyword === 'ENV')) {
    for (const pair of i.args.split(/\s+/)) {
      const [k, ...v] = pair.split('=');
      env[k!] = v.join('=');
    }
  }
  return env;
}

export function cmdOf(stage: readonly Instruction[]): string[] {
  const cmd = stage.filter((i) => i.keyword === 'CMD').at(-1);
  if (!cmd) throw new Error('the final stage has no CMD');
  return JSON.parse(cmd.args) as string[];
}

/**
 * The environment for commands in the install: the parent's, without what `npm test` sets for its own
 * package (npm_package_*, npm_lifecycle_*, the prefixes, INIT_CWD), so npm there knows only the install's
 * folder (it takes its project from the working directory, checked).
 */
function installEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle)_|^npm_config_(local_|global_)?prefix$|^INIT_CWD$/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', ...extra };
}

export interface ProductionInstall {
  dir: string;
  cmd: string[];
  env: Record<string, string>;
  /** `npm ci --omit=dev` and the copies, in seconds. */
  seconds: number;
  remove(): void;
}

/**
 * The final stage on this machine: WORKDIR is a temp folder. RUN steps other than npm (creating /data) are
 * for the image only. npm works from its cache when it can (`prefer-offline`), the registry otherwise.
 */
export async function productionInstall(): Promise<ProductionInstall> {
  const started = performance.now();
  const stages = readDockerfile();
  const final = stages.at(-1)!;
  const build = mkdtempSync(join(tmpdir(), 'rd-build-'));
  const dir = mkdtempSync(join(tmpdir(), 'rd-prod-'));
  try {
    await buildServer({ outfile: join(build, 'dist/head-office.mjs'), quiet: true });
    // The build stage's console build (the Dockerfile runs Vite for it).
    await viteBuild({ configFile: join(ROOT, 'console/vite.config.ts'), logLevel: 'warn', build: { outDir: join(build, 'out/console'), emptyOutDir: true } });
    for (const step of final) {
      if (step.keyword === 'COPY') {
        const [copy] = copySteps([step]);
        for (const source of copy!.sources) {
          // The build stage's /app is the build output here; anything else comes from the checkout.
          const from = copy!.from === 'build' ? join(build, source.replace(/^\/app\//, '')) : join(ROOT, source);
          const to = copy!.dest.endsWith('/') ? join(dir, copy!.dest, source.split('/').at(-1)!) : join(dir, copy!.dest);
          if (!existsSync(from)) throw new Error(`Dockerfile line ${step.line}: ${source} does not exist`);
          mkdirSync(dirname(to), { recursive: true });
          cpSync(from, to, { recursive: true });
        }
      } else if (step.keyword === 'RUN' && step.args.startsWith('npm ')) {
        const res = spawnSync('sh', ['-c', step.args], {
          cwd: dir,
          encoding: 'utf8',
          env: installEnv({ npm_config_prefer_offline: 'true' }),
          timeout: 240_000,
        });
        if (res.status !== 0) throw new Error(`Dockerfile line ${step.line} (${step.args}) failed: ${res.stderr || res.stdout || res.error}`);
      }
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
  return {
    dir,
    cmd: cmdOf(final),
    env: envOf(final),
    seconds: (performance.now() - started) / 1000,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Service {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM, and the exit code. */
  stop(): Promise<number | null>;
}

/** Starts a command of the production install and resolves when it says where it listens. */
export function startService(install: ProductionInstall, command: string[], env: Record<string, string>): Promise<Service> {
  const [exe, ...args] = command;
  // A production machine has no vite; the install has none either, so nothing here can pick the source.
  const child = spawn(exe === 'node' ? process.execPath : exe!, args, {
    cwd: install.dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...install.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (text += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (text += c));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line within 90 s:\n${text}`)), 90_000);
    const check = () => {
      const m = /head office listening on (http:\/\/\S+)/.exec(text);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolveStart({
        url: m[1]!,
        child,
        output: () => text,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (${code}) before listening:\n${text}`));
    });
  });
}

/** Runs a shell command in the install (as docs/operations.md writes it) and returns its output. */
export function sh(install: ProductionInstall, command: string, env: Record<string, string>): string {
  const res = spawnSync('sh', ['-c', command], {
    cwd: install.dir,
    encoding: 'utf8',
    env: installEnv({ ...install.env, ...env }),
    timeout: 120_000,
  });
  if (res.status !== 0) throw new Error(`${command} failed (${res.status}):\n${res.stdout}\n${res.stderr}`);
  return res.stdout + res.stderr;
}
