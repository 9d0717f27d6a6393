import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Role } from '../../core/auth/roles';
import { ApiToken, TokenScope } from './api-token.entity';

/** Every token starts with this, so that secret scanners and people recognise it. */
const TOKEN_PREFIX = 'lsn_';
const TOKEN_SHAPE = /^lsn_[A-Za-z0-9_-]{43}$/;

function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface IssuedToken {
  token: ApiToken;
  /** The secret: shown once, never stored. */
  secret: string;
}

export async function issueToken(
  manager: EntityManager,
  userId: string,
  options: { name: string; scope: TokenScope; expiresAt?: Date | null },
): Promise<IssuedToken> {
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const token = await manager.save(
    manager.create(ApiToken, {
      userId,
      name: options.name,
      scope: options.scope,
      expiresAt: options.expiresAt ?? null,
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      tokenHash: hashToken(secret),
    }),
  );
  return { token, secret };
}

/**
 * A token's last use is kept to the minute: a request made within a minute of the recorded use
 * writes nothing, so that reading with a token stays a read (one indexed SELECT, no commit).
 */
const LAST_USE_RESOLUTION = "interval '1 minute'";

/** The viewer a bearer token stands for, or null when it is unknown, revoked, expired or its user is gone. */
export async function viewerForToken(dataSource: DataSource, secret: string): Promise<Viewer | null> {
  if (!TOKEN_SHAPE.test(secret)) return null;
  const rows: {
    id: string;
    user_id: string;
    scope: string;
    role: Role;
    team_ids: string[];
    used_recently: boolean;
  }[] = await dataSource.query(
    `SELECT t.id, t.user_id, t.scope, u.role,
       coalesce(t.last_used_at > now() - ${LAST_USE_RESOLUTION}, false) AS used_recently,
       ARRAY(SELECT m.team_id FROM team_memberships m JOIN teams tm ON tm.id = m.team_id AND tm.deleted_at IS NULL
             WHERE m.user_id = u.id) AS team_ids
     FROM api_tokens t JOIN users u ON u.id = t.user_id AND u.deleted_at IS NULL
     WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
    [hashToken(secret)],
  );
  const row = rows[0];
  if (!row) return null;
  if (!row.used_recently) await recordTokenUse(dataSource, row.id);
  return {
    userId: row.user_id,
    role: row.role,
    teamIds: row.team_ids ?? [],
    via: 'token',
    readOnly: row.scope === TokenScope.READ,
    tokenId: row.id,
  };
}

/** Records a use; concurrent first uses in the same minute write once between them. */
async function recordTokenUse(dataSource: DataSource, tokenId: string): Promise<void> {
  await dataSource.query(
    `UPDATE api_tokens SET last_used_at = now()
     WHERE id = $1 AND (last_used_at IS NULL OR last_used_at <= now() - ${LAST_USE_RESOLUTION})`,
    [tokenId],
  );
}
