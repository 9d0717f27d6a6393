import type { DataSource } from 'typeorm';
import type { SignInChecks } from '../../core/auth/oidc-client';
import { hashSecret, newSecret, SECRET_SHAPE } from '../../core/auth/secrets';

/** How long a browser may take at the identity provider. */
export const SIGN_IN_TIMEOUT_MS = 10 * 60_000;

/** Remembers a sign-in in flight; answers the secret for the browser's cookie. */
export async function rememberSignIn(dataSource: DataSource, checks: SignInChecks, returnTo: string): Promise<string> {
  const secret = newSecret();
  await dataSource.query('DELETE FROM sign_in_requests WHERE expires_at <= now()');
  await dataSource.query(
    `INSERT INTO sign_in_requests (secret_hash, state, nonce, code_verifier, return_to, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6::float8))`,
    [hashSecret(secret), checks.state, checks.nonce, checks.codeVerifier, returnTo, SIGN_IN_TIMEOUT_MS / 1000],
  );
  return secret;
}

/** Takes back a sign-in in flight, once: a second callback with the same cookie finds nothing. */
export async function takeSignIn(
  dataSource: DataSource,
  secret: string | undefined,
): Promise<(SignInChecks & { returnTo: string }) | null> {
  if (!secret || !SECRET_SHAPE.test(secret)) return null;
  const rows: { state: string; nonce: string; code_verifier: string; return_to: string }[] = await dataSource.query(
    `WITH taken AS (
       DELETE FROM sign_in_requests WHERE secret_hash = $1 AND expires_at > now()
       RETURNING state, nonce, code_verifier, return_to
     )
     SELECT * FROM taken`,
    [hashSecret(secret)],
  );
  const row = rows[0];
  return row ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to } : null;
}
