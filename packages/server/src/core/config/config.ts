import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import {
  signInConfig,
  signInEnvironment,
  signInProblems,
  type RateLimitConfig,
  type SignInConfig,
} from './sign-in-config';

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be an integer between ${min} and ${max}` })
    .int({ error: `must be an integer between ${min} and ${max}` })
    .min(min, { error: `must be an integer between ${min} and ${max}` })
    .max(max, { error: `must be an integer between ${min} and ${max}` });

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Express's names for address ranges, or one address, or a CIDR range. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
function isProxyEntry(entry: string): boolean {
  if (PROXY_RANGES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/** The proxies whose X-Forwarded-For is believed: a comma-separated list, or `none`. */
const trustedProxies = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => (entries.length === 1 && entries[0] === 'none') || entries.every(isProxyEntry), {
    error: 'must be none or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal',
  })
  .transform((entries) => (entries[0] === 'none' ? [] : entries));

const environment = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: integer(0, 65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, { error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATABASE_POOL_SIZE: integer(1, 500).default(10),
  LIAISON_DATA_DIR: z.string().min(1).default('./data'),
  LIAISON_DEMO_DATA: flag.default(true),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  UPLOAD_MAX_MB: integer(1, 1024).default(25),
  TRUST_PROXY: trustedProxies.default(['loopback']),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, { error: 'must be a redis:// or rediss:// URL' })
    .optional(),
  REDIS_CHANNEL: z
    .string()
    .regex(/^[\w:.-]{1,100}$/, { error: 'must be 1 to 100 letters, digits, or _ : . -' })
    .default('liaison:changes'),
  ...signInEnvironment,
});

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: {
    /** Unset: the embedded PostgreSQL (PGlite) in `dataDir`. */
    url?: string;
    poolSize: number;
    /** Absolute; a relative LIAISON_DATA_DIR is taken from where npm was invoked. */
    dataDir: string;
  };
  /** Fill an empty embedded database with demo data on first start. */
  demoData: boolean;
  logLevel: string;
  shutdownTimeoutMs: number;
  /** The largest file a document may carry, in bytes. */
  uploadMaxBytes: number;
  /**
   * The proxies (addresses, CIDR ranges, Express's `loopback` …) whose X-Forwarded-For gives the
   * client's address to rate limits and logs; empty: none, the peer's address is the client's.
   */
  trustProxy: string[];
  /**
   * Live updates between instances: through Redis pub/sub on `redis.channel` when REDIS_URL is
   * set, else PostgreSQL's LISTEN/NOTIFY (in-process on the embedded database).
   */
  live: { redis?: { url: string; channel: string } };
  signIn: SignInConfig;
  rateLimit: RateLimitConfig;
}

export class ConfigError extends Error {}

/** Reads and validates the configuration once; throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environment.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const value = env[name];
      return `${name} ${issue.message}${value === undefined ? '' : ` (got ${JSON.stringify(value)})`}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const problems = signInProblems(e);
  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid configuration: ${problems.map(([name, message]) => `${name} ${message}`).join('; ')}`,
    );
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), e.LIAISON_DATA_DIR),
    },
    demoData: e.LIAISON_DEMO_DATA,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    uploadMaxBytes: e.UPLOAD_MAX_MB * 1024 * 1024,
    trustProxy: e.TRUST_PROXY,
    live: { redis: e.REDIS_URL ? { url: e.REDIS_URL, channel: e.REDIS_CHANNEL } : undefined },
    ...signInConfig(e),
  };
}
