import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie: 256 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret, so that a copy of the database opens nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The shape `newSecret` gives; anything else is not looked up. */
export const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;
