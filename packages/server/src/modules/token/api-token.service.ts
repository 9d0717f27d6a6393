import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Role } from '../../core/auth/roles';
import { ApiToken, TokenScope } from './api-token.entity';

/** Every token starts with this, so that secret scanners and people recognise it. */
export const TOKEN_PREFIX = 'lsn_';
const TOKEN_SHAPE = /^lsn_[A-Za-z0-9_-]{43}$/;

export function hashToken(secret: string): string {
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

/** The viewer a bearer token stands for, or null when it is unknown, revoked, expired or its user is gone. */
export async function viewerForToken(dataSource: DataSource, secret: string): Promise<Viewer | null> {
  if (!TOKEN_SHAPE.test(secret)) return null;
  const rows: { id: string; user_id: string; scope: string; role: Role; team_ids: string[] }[] = await dataSource.query(
    // As a CTE so that both drivers answer with the rows (an UPDATE's own result differs).
    `WITH used AS (
       UPDATE api_tokens t SET last_used_at = now()
       FROM users u
       WHERE t.token_hash = $1 AND u.id = t.user_id AND u.deleted_at IS NULL
         AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
       RETURNING t.id, t.user_id, t.scope, u.role,
         ARRAY(SELECT m.team_id FROM team_memberships m JOIN teams t ON t.id = m.team_id AND t.deleted_at IS NULL WHERE m.user_id = u.id) AS team_ids
     )
     SELECT * FROM used`,
    [hashToken(secret)],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    userId: row.user_id,
    role: row.role,
    teamIds: row.team_ids ?? [],
    via: 'token',
    readOnly: row.scope === TokenScope.READ,
    tokenId: row.id,
  };
}
