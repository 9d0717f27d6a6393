import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit, type ClientRateLimitInfo, type Options, type Store } from 'express-rate-limit';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';

/**
 * An express-rate-limit store in PostgreSQL (table `rate_limits`), so that every instance behind
 * the load balancer counts the same hits: one UPSERT per request starts a window or counts in
 * it. Counters whose window is over are removed now and then.
 */
class PostgresRateLimitStore implements Store {
  localKeys = false;
  private windowMs = 60_000;

  constructor(
    private readonly dataSource: DataSource,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const rows: { hits: number; reset_at: Date | string }[] = await this.dataSource.query(
      `WITH hit AS (
         INSERT INTO rate_limits AS r (key, hits, reset_at)
         VALUES ($1, 1, now() + make_interval(secs => $2::float8))
         ON CONFLICT (key) DO UPDATE SET
           hits = CASE WHEN r.reset_at <= now() THEN 1 ELSE r.hits + 1 END,
           reset_at = CASE WHEN r.reset_at <= now() THEN EXCLUDED.reset_at ELSE r.reset_at END
         RETURNING hits, reset_at
       )
       SELECT hits::int AS hits, reset_at FROM hit`,
      [this.prefix + key, this.windowMs / 1000],
    );
    if (Math.random() < 0.01) void this.prune().catch(() => undefined);
    return { totalHits: rows[0].hits, resetTime: new Date(rows[0].reset_at) };
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const rows: { hits: number; reset_at: Date | string }[] = await this.dataSource.query(
      'SELECT hits::int AS hits, reset_at FROM rate_limits WHERE key = $1 AND reset_at > now()',
      [this.prefix + key],
    );
    return rows[0] ? { totalHits: rows[0].hits, resetTime: new Date(rows[0].reset_at) } : undefined;
  }

  async decrement(key: string): Promise<void> {
    await this.dataSource.query('UPDATE rate_limits SET hits = greatest(hits - 1, 0) WHERE key = $1', [
      this.prefix + key,
    ]);
  }

  async resetKey(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limits WHERE key = $1', [this.prefix + key]);
  }

  async prune(): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limits WHERE reset_at <= now()');
  }
}

export interface RateLimitOptions {
  dataSource: DataSource;
  /** Keeps the counters of different limiters apart: `graphql:`, `auth:`. */
  prefix: string;
  windowMs: number;
  /** Requests per window and key. */
  limit: number;
  /** Whose requests count together. */
  key(req: Request, res: Response): string | Promise<string>;
  /** Answers a refused request (a `Retry-After` header is set already). */
  refuse(req: Request, res: Response, retryAfterSeconds: number): void;
}

/** A limiter answering 429 with `Retry-After` and the RateLimit headers of the IETF draft. */
export function createRateLimiter(options: RateLimitOptions): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: options.prefix.replace(/:$/, ''),
    store: new PostgresRateLimitStore(options.dataSource, options.prefix),
    keyGenerator: options.key,
    handler: (req, res) => {
      const resetTime = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = resetTime ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : 1;
      res.status(429);
      options.refuse(req, res, retryAfter);
    },
  });
}

/**
 * The limiter of /graphql: one budget per API token, per signed-in user (all their sessions)
 * or, for anonymous requests, per IP address. Refusals are GraphQL errors with code RATE_LIMITED.
 */
export function graphqlRateLimiter(
  dataSource: DataSource,
  settings: { windowMs: number; limit: number },
  viewerOf: (req: Request) => Promise<Viewer | null>,
): RequestHandler {
  return createRateLimiter({
    dataSource,
    prefix: 'graphql:',
    windowMs: settings.windowMs,
    limit: settings.limit,
    key: async (req) => {
      const viewer = await viewerOf(req).catch(() => null);
      if (viewer?.tokenId) return `token:${viewer.tokenId}`;
      if (viewer) return `user:${viewer.userId}`;
      return `ip:${ipKeyGenerator(req.ip ?? 'unknown')}`;
    },
    refuse: (_req, res, retryAfter) =>
      res.json({
        errors: [
          {
            message: `Too many requests; try again in ${retryAfter} seconds`,
            extensions: { code: 'RATE_LIMITED', retryAfter },
          },
        ],
      }),
  });
}
