import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Personal API tokens for scripts: stored as SHA-256 hashes, never in clear. */
export class ApiTokens1795449600001 implements MigrationInterface {
  name = 'ApiTokens1795449600001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (btrim(name) <> ''),
        prefix text NOT NULL,
        token_hash char(64) NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        scope text NOT NULL CHECK (scope IN ('read', 'write')),
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT api_tokens_token_hash_key UNIQUE (token_hash)
      );
      CREATE INDEX api_tokens_user_id_idx ON api_tokens (user_id, created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE api_tokens');
  }
}
