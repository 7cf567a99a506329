// The container recipe's inputs, checked without a container runtime: the Dockerfile uses Node 22, copies what
// the build needs (every file esbuild read) and nothing .dockerignore leaves out, and its final stage and
// compose.yaml name only variables the service knows. Its final stage is run on the machine by
// productionInstall.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildServer, SERVER_BUNDLE } from '../../../scripts/build-server.mjs';
import { CONFIG_VARIABLES } from '../../../server/config';
import { cmdOf, copySteps, envOf, readDockerfile, ROOT } from './productionInstall';

const stages = readDockerfile();
const [buildStage, finalStage] = [stages[0]!, stages.at(-1)!];
const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const compose = readFileSync(join(ROOT, 'compose.yaml'), 'utf8');

/** Whether .dockerignore keeps `path` (relative to the checkout) out of the build context. */
function isIgnored(path: string): boolean {
  return ignored.some((pattern) => {
    if (!pattern.includes('*')) return path === pattern || path.startsWith(`${pattern}/`);
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    return path.split('/').some((part, i, parts) => re.test(part) || re.test(parts.slice(0, i + 1).join('/')));
  });
}

describe('container recipe (Dockerfile, compose.yaml, .dockerignore)', () => {
  it('builds and runs on Node 22 images, in two stages', () => {
    expect(stages).toHaveLength(2);
    expect(buildStage[0]!.args).toMatch(/^node:22[-.][\w.-]+ AS build$/);
    expect(finalStage[0]!.args).toMatch(/^node:22[-.][\w.-]+$/);
  });

  it('copies from the build context only files that exist and that .dockerignore lets in', () => {
    const sources = stages.flatMap((s) => copySteps(s)).filter((c) => c.from === null).flatMap((c) => c.sources);
    expect(sources.length).toBeGreaterThan(4);
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), `${source} exists`).toBe(true);
      expect(isIgnored(source), `${source} is not in .dockerignore`).toBe(false);
    }
    // The context leaves out what must not reach an image: installed modules, local data, builds.
    for (const kept of ['node_modules', '.data', 'dist', '.git']) expect(isIgnored(kept), kept).toBe(true);
    // The monthly report's PDF is drawn with this font, read from resources/fonts under the working directory.
    const finalCopies = copySteps(finalStage).filter((c) => c.from === null);
    expect(finalCopies.some((c) => c.sources.includes('resources/fonts/SourceHanSansSC-Regular.otf') && c.dest === 'resources/fonts/')).toBe(true);
  });

  it("the build stage copies every file the bundle is made from, the tsconfig it reads, and builds what the final stage takes", async () => {
    const copied = copySteps(buildStage).filter((c) => c.from === null).flatMap((c) => c.sources);
    const covered = (file: string) => copied.some((c) => file === c || file.startsWith(`${c}/`));
    const { inputs } = await buildServer({ outfile: join(ROOT, 'node_modules/.cache/rd-recipe-check/head-office.mjs'), quiet: true });
    expect(inputs.length).toBeGreaterThan(20);
    expect(inputs.filter((f) => !covered(f))).toEqual([]);
    for (const config of ['tsconfig.node.json', 'tsconfig.base.json', 'scripts/build-server.mjs']) expect(covered(config), config).toBe(true);
    expect(buildStage.some((i) => i.keyword === 'RUN' && i.args === 'node scripts/build-server.mjs')).toBe(true);
    const fromBuild = copySteps(finalStage).filter((c) => c.from === 'build').flatMap((c) => c.sources);
    expect(fromBuild).toEqual([`/app/${SERVER_BUNDLE}`, `/app/${SERVER_BUNDLE}.map`, '/app/out/console']);
    expect(buildStage.some((i) => i.keyword === 'RUN' && i.args.includes('console/vite.config.ts'))).toBe(true);
  });

  it('the final stage installs production dependencies only and starts server/run.mjs', () => {
    const runs = finalStage.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.filter((r) => r.startsWith('npm '))).toEqual(['npm ci --omit=dev --ignore-scripts --no-audit --no-fund']);
    // The other RUN steps only prepare the image's folders (not run on the machine by the install test).
    expect(runs.filter((r) => !r.startsWith('npm '))).toEqual(['install -d -o node -g node /data']);
    expect(cmdOf(finalStage)).toEqual(['node', 'server/run.mjs']);
    expect(finalStage.find((i) => i.keyword === 'USER')?.args).toBe('node');
  });

  it('the image and compose.yaml set only variables the service reads (or Node and npm do)', () => {
    const env = Object.keys(envOf(finalStage)).filter((k) => k !== 'NODE_ENV');
    expect(env.filter((k) => !CONFIG_VARIABLES.includes(k))).toEqual([]);
    const service = compose.slice(compose.indexOf('  head-office:'), compose.indexOf('\nvolumes:'));
    const envBlock = service.slice(service.indexOf('    environment:'), service.indexOf('    ports:'));
    const names = [...envBlock.matchAll(/^ {6}([A-Z_]+):/gm)].map((m) => m[1]!);
    expect(names).toContain('DATABASE_URL');
    expect(names).toContain('TOKEN_SECRET');
    expect(names.filter((k) => !CONFIG_VARIABLES.includes(k))).toEqual([]);
    expect(service).toMatch(/^ {4}build: \.$/m);
    expect(service).toMatch(/DATABASE_URL: postgres:\/\/recovery_desk:\$\{POSTGRES_PASSWORD:\?[^}]*\}@db:5432\/recovery_desk/);
    expect(service).toMatch(/condition: service_healthy/);
  });

  it('docs/server.md lists every configuration variable', () => {
    const doc = readFileSync(join(ROOT, 'docs/server.md'), 'utf8');
    expect(CONFIG_VARIABLES.filter((name) => !doc.includes(`| \`${name}\` |`))).toEqual([]);
  });
});

// Where a container runtime exists (not on CI), the recipe itself: build, start with PostgreSQL, /health.
const docker = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0 && spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!docker)(docker ? 'container (docker compose)' : 'container (skipped: no container runtime here)', () => {
  it('builds the image, starts it with PostgreSQL, answers /health, and its migrate command finds nothing to do', async () => {
    const port = await new Promise<number>((resolvePort) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const env = { ...process.env, POSTGRES_PASSWORD: 'container-test-password', TOKEN_SECRET: 'container-test-secret-'.padEnd(40, 'c'), HEAD_OFFICE_PORT: String(port) };
    const project = ['compose', '-p', `rd-recipe-${process.pid}`, '-f', join(ROOT, 'compose.yaml')];
    const compose = (...args: string[]) => spawnSync('docker', [...project, ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 900_000 });
    try {
      const up = compose('up', '-d', '--build', '--wait');
      expect(up.status, up.stderr).toBe(0);
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, database: 'postgres' });
      const migrate = compose('exec', '-T', 'head-office', 'node', 'server/run.mjs', 'migrate');
      expect(migrate.stdout).toMatch(/database up to date \(PostgreSQL\): nothing to apply/);
    } finally {
      compose('down', '-v', '--rmi', 'local');
    }
  }, 900_000);
});
