import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_POOL, type PoolSettings } from './db/postgres';
import { DEFAULT_ALLOWED_ORIGINS, ORIGIN_PATTERN } from './http/cors';

/** The service's settings, read from the environment once at start and validated (docs/server.md). */
export interface Config {
  port: number;
  host: string;
  /** Absolute. Holds the PGlite data folder and the generated token secret. */
  dataDir: string;
  /** The built console (`npm run build:console`), served at /console; null when it is not built. */
  consoleDir: string | null;
  /** Real PostgreSQL when set; PGlite in dataDir otherwise. */
  databaseUrl: string | undefined;
  /** HMAC key for access tokens. Never logged. */
  tokenSecret: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  bodyLimitBytes: number;
  /** The largest file the console or a device may upload (an extract, a deposit file, a photo, a letter PDF). */
  uploadLimitBytes: number;
  /** Browser origins allowed to call the service (CORS); `http://host:*` allows any port of that host. */
  allowedOrigins: string[];
  /**
   * Addresses (or CIDR ranges) of the load balancers in front: their X-Forwarded-For is believed, so the
   * client address (sign-in rate limits, sign-in events) is the device's, not the balancer's. Empty: none.
   */
  trustedProxies: string[];
  /**
   * How long tombstones (and superseded change-log rows) are kept, in days: longer than any device stays
   * offline. A device whose cursor is older downloads its scope afresh; its outbox is kept.
   */
  tombstoneRetentionDays: number;
  /**
   * Sign-in attempts allowed per minute from one address and for one account (server/http/rateLimit.ts): a
   * branch behind one NAT address signs in together at 08:30; a test suite signs one user in many times.
   */
  signInLimits: { perAddressPerMinute: number; perUserPerMinute: number };
  /** PostgreSQL connection pool size and timeouts (unused on PGlite, which has one connection in-process). */
  dbPool: PoolSettings;
  /** When set, GET /metrics needs it as a bearer token. Never logged. */
  metricsToken: string | undefined;
  /**
   * Migrate at every start (default). False for instances behind PgBouncer in transaction mode: the migration
   * lock is session-level, so `migrate` runs as a deploy step of its own against the primary (docs/scale.md).
   */
  migrateOnStart: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('.data/headoffice'),
  CONSOLE_DIR: z.string().min(1).default('out/console'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
  UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(50 * 1024 * 1024),
  TOMBSTONE_RETENTION_DAYS: z.coerce.number().int().min(7, 'at least 7 days: devices are offline for days').max(3650).default(90),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(500).default(DEFAULT_POOL.max),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100, 'at least 100 ms').max(600_000).default(DEFAULT_POOL.connectTimeoutMs),
  DB_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1000, 'at least 1000 ms').max(86_400_000).default(DEFAULT_POOL.idleTimeoutMs),
  DB_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400_000)
    .refine((ms) => ms === 0 || ms >= 1000, '0 (no limit) or at least 1000 ms: shorter cancels ordinary pushes waiting for the change-log lock')
    .default(DEFAULT_POOL.statementTimeoutMs),
  MIGRATE_ON_START: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true'),
  SIGN_IN_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  SIGN_IN_PER_USER_PER_MINUTE: z.coerce.number().int().min(1).max(1_000).default(10),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // Comma separated. No "*": only pages we ship may read head office's answers in a browser.
  ALLOWED_ORIGINS: z
    .string()
    .transform((s) => s.split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .pipe(
      z
        .array(z.string().regex(ORIGIN_PATTERN, 'each origin must look like app://bundle, http://host:port or http://host:* (no path, no "*" alone)'))
        .min(1, 'must name at least one origin'),
    )
    .optional(),
  // Comma separated IPv4/IPv6 addresses or CIDR ranges, e.g. "10.0.0.0/8,127.0.0.1".
  TRUSTED_PROXIES: z
    .string()
    .transform((s) => s.split(',').map((o) => o.trim()).filter((o) => o !== ''))
    .pipe(z.array(z.string().refine(isAddressOrRange, 'each entry must be an IP address or a CIDR range such as 10.0.0.0/8')))
    .optional(),
});

function isAddressOrRange(text: string): boolean {
  const [address, bits, extra] = text.split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/**
 * Validates the environment. Empty strings count as unset (a blank `DATABASE_URL=` in a .env file).
 * Without TOKEN_SECRET, one is generated once and kept in DATA_DIR, so tokens survive a restart.
 * Throws ConfigError naming every bad variable; no secret's value ever appears in a message.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd = process.cwd()): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(cwd, e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    consoleDir: existsSync(join(resolve(cwd, e.CONSOLE_DIR), 'index.html')) ? resolve(cwd, e.CONSOLE_DIR) : null,
    databaseUrl: e.DATABASE_URL,
    tokenSecret: e.TOKEN_SECRET ?? storedTokenSecret(dataDir),
    logLevel: e.LOG_LEVEL,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    allowedOrigins: e.ALLOWED_ORIGINS ?? [...DEFAULT_ALLOWED_ORIGINS],
    trustedProxies: e.TRUSTED_PROXIES ?? [],
    tombstoneRetentionDays: e.TOMBSTONE_RETENTION_DAYS,
    signInLimits: { perAddressPerMinute: e.SIGN_IN_PER_ADDRESS_PER_MINUTE, perUserPerMinute: e.SIGN_IN_PER_USER_PER_MINUTE },
    dbPool: { max: e.DB_POOL_MAX, connectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS, idleTimeoutMs: e.DB_IDLE_TIMEOUT_MS, statementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS },
    metricsToken: e.METRICS_TOKEN,
    migrateOnStart: e.MIGRATE_ON_START === 'true',
  };
}

/** Every environment variable the service reads (docs/server.md lists each; the container recipe uses them). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

const SECRET_FILE = 'token-secret';

function storedTokenSecret(dataDir: string): string {
  const file = join(dataDir, SECRET_FILE);
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
    throw new ConfigError(`${file} holds a token secret shorter than 32 characters; delete it to make a new one`);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new ConfigError(`cannot read ${file}: ${(err as Error).message}`);
    }
  }
  try {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString('base64url');
    // 'wx': two processes starting at once cannot overwrite each other's secret.
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return storedTokenSecret(dataDir);
    throw new ConfigError(`cannot create ${file}: ${(err as Error).message}`);
  }
}

/** Settings for tests and embedding: defaults with the given overrides; nothing read from disk. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '',
    consoleDir: null,
    databaseUrl: undefined,
    tokenSecret: 'test-secret-'.padEnd(48, 'x'),
    logLevel: 'silent',
    accessTokenTtlSeconds: 900,
    refreshTokenTtlDays: 30,
    bodyLimitBytes: 5 * 1024 * 1024,
    uploadLimitBytes: 50 * 1024 * 1024,
    allowedOrigins: [...DEFAULT_ALLOWED_ORIGINS],
    trustedProxies: [],
    tombstoneRetentionDays: 90,
    signInLimits: { perAddressPerMinute: 60, perUserPerMinute: 10 },
    dbPool: { ...DEFAULT_POOL },
    metricsToken: undefined,
    migrateOnStart: true,
    ...overrides,
  };
}
