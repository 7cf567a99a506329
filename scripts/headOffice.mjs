// The embedded head-office service (server/run.mjs) as a child process, for `npm start` and the e2e tests:
// pick a free port, start it, pass its output through, and resolve once it prints where it listens.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const RUN = fileURLToPath(new URL('../server/run.mjs', import.meta.url));
export const DEFAULT_HEAD_OFFICE_PORT = 8787;

function isFree(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** `from` or the next free port after it (up to 50 further), on the loopback address. */
export async function freePort(from, host = '127.0.0.1') {
  for (let port = from; port < from + 50 && port <= 65535; port++) if (await isFree(port, host)) return port;
  throw new Error(`no free port from ${from} to ${from + 49}`);
}

/**
 * Starts `node server/run.mjs` with DATA_DIR and PORT (a fresh embedded database gets the demo users and
 * portfolio). Resolves { url, child, stop } when it listens; rejects if it exits first. Its JSON request log
 * stays quiet (LOG_LEVEL warn) unless the caller's environment asks for more.
 */
export function startHeadOffice({ dataDir, port, env = process.env, onLine = (line) => console.log(line) }) {
  const child = spawn(process.execPath, [RUN], {
    env: { ...env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: env.HEAD_OFFICE_LOG_LEVEL ?? 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  const ready = new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        onLine(line);
        const m = /^head office listening on (http:\/\/\S+)/.exec(line);
        if (m) resolve({ url: m[1], child, stop, exited });
      }
    });
    void exited.then(({ code, signal }) => reject(new Error(`the head-office service stopped before it was ready (${signal ?? `exit code ${code}`})`)));
  });
  return ready;
}
