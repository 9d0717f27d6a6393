import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in state that every instance shares: browser sessions, sign-in attempts in flight,
 * rate-limit counters, and the stored state of the built-in demo OpenID provider. Secrets are
 * stored as SHA-256 hashes, never in clear.
 */
export class Sessions1795449600003 implements MigrationInterface {
  name = 'Sessions1795449600003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secret_hash char(64) NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        issuer text NOT NULL,
        subject text NOT NULL,
        provider_session_id text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT sessions_secret_hash_key UNIQUE (secret_hash),
        CONSTRAINT sessions_expiry_order CHECK (expires_at > created_at)
      );
      CREATE INDEX sessions_user_id_idx ON sessions (user_id);
      CREATE INDEX sessions_issuer_subject_idx ON sessions (issuer, subject);
      CREATE INDEX sessions_issuer_provider_session_id_idx ON sessions (issuer, provider_session_id);
      CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);
      CREATE INDEX sessions_last_seen_at_idx ON sessions (last_seen_at);

      CREATE TABLE sign_in_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        secret_hash char(64) NOT NULL CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        return_to text NOT NULL CHECK (return_to ~ '^/([^/\\\\]|$)'),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT sign_in_requests_secret_hash_key UNIQUE (secret_hash)
      );
      CREATE INDEX sign_in_requests_expires_at_idx ON sign_in_requests (expires_at);

      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        hits integer NOT NULL CHECK (hits >= 0),
        reset_at timestamptz NOT NULL
      );
      CREATE INDEX rate_limits_reset_at_idx ON rate_limits (reset_at);

      CREATE TABLE oidc_payloads (
        model text NOT NULL,
        id text NOT NULL,
        payload jsonb NOT NULL,
        grant_id text,
        user_code text,
        uid text,
        expires_at timestamptz,
        consumed_at timestamptz,
        PRIMARY KEY (model, id)
      );
      CREATE INDEX oidc_payloads_grant_id_idx ON oidc_payloads (grant_id);
      CREATE INDEX oidc_payloads_uid_idx ON oidc_payloads (uid);
      CREATE INDEX oidc_payloads_user_code_idx ON oidc_payloads (user_code);
      CREATE INDEX oidc_payloads_expires_at_idx ON oidc_payloads (expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE oidc_payloads; DROP TABLE rate_limits; DROP TABLE sign_in_requests; DROP TABLE sessions');
  }
}
