import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on standard output. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'liaison' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
  });
}
