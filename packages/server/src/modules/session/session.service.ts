import type { DataSource } from 'typeorm';
import type { Role } from '../../core/auth/roles';
import { hashSecret, newSecret, SECRET_SHAPE } from '../../core/auth/secrets';
import type { Viewer } from '../../core/auth/viewer';

export interface SessionTimeouts {
  /** Without a request for this long, the session ends. */
  idleTimeoutMs: number;
  /** Whatever the activity, the session ends this long after sign-in. */
  absoluteTimeoutMs: number;
}

export interface NewSession {
  userId: string;
  issuer: string;
  subject: string;
  providerSessionId?: string | null;
}

/** Opens a session and answers the secret for the cookie (the database keeps its hash only). */
export async function openSession(
  dataSource: DataSource,
  values: NewSession,
  timeouts: SessionTimeouts,
): Promise<string> {
  const secret = newSecret();
  await dataSource.query(
    `INSERT INTO sessions (secret_hash, user_id, issuer, subject, provider_session_id, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6::float8))`,
    [
      hashSecret(secret),
      values.userId,
      values.issuer,
      values.subject,
      values.providerSessionId ?? null,
      timeouts.absoluteTimeoutMs / 1000,
    ],
  );
  return secret;
}

/**
 * The viewer of a session cookie, or null when the session is unknown, idle too long, past its
 * absolute end or its user is deactivated. Each use moves its idle deadline forward.
 */
export async function viewerForSession(
  dataSource: DataSource,
  secret: string,
  idleTimeoutMs: number,
): Promise<Viewer | null> {
  if (!SECRET_SHAPE.test(secret)) return null;
  const rows: { user_id: string; role: Role; team_ids: string[] | null }[] = await dataSource.query(
    // As a CTE so that both drivers answer with the rows (an UPDATE's own result differs).
    `WITH used AS (
       UPDATE sessions s SET last_seen_at = now()
       FROM users u
       WHERE s.secret_hash = $1 AND u.id = s.user_id AND u.deleted_at IS NULL AND u.deactivated_at IS NULL
         AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(secs => $2::float8)
       RETURNING s.user_id, u.role,
         ARRAY(SELECT m.team_id FROM team_memberships m JOIN teams t ON t.id = m.team_id AND t.deleted_at IS NULL WHERE m.user_id = u.id) AS team_ids
     )
     SELECT * FROM used`,
    [hashSecret(secret), idleTimeoutMs / 1000],
  );
  const row = rows[0];
  if (!row) return null;
  return { userId: row.user_id, role: row.role, teamIds: row.team_ids ?? [], via: 'session', readOnly: false };
}

/** Ends the session of a cookie; answers its issuer, or null when there was none. */
export async function closeSession(dataSource: DataSource, secret: string): Promise<{ issuer: string } | null> {
  if (!SECRET_SHAPE.test(secret)) return null;
  const rows: { issuer: string }[] = await dataSource.query(
    `WITH gone AS (DELETE FROM sessions WHERE secret_hash = $1 RETURNING issuer) SELECT * FROM gone`,
    [hashSecret(secret)],
  );
  return rows[0] ?? null;
}

/**
 * Ends the sessions a provider's back-channel logout names: those of its session `sid`, or all
 * of the user `sub` at that issuer; both when both are given. Answers how many ended.
 */
export async function closeProviderSessions(
  dataSource: DataSource,
  issuer: string,
  target: { sid?: string; sub?: string },
): Promise<number> {
  if (!target.sid && !target.sub) return 0;
  const rows: { n: number }[] = await dataSource.query(
    `WITH gone AS (
       DELETE FROM sessions
       WHERE issuer = $1
         AND ($2::text IS NULL OR provider_session_id = $2)
         AND ($3::text IS NULL OR subject = $3)
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM gone`,
    [issuer, target.sid ?? null, target.sub ?? null],
  );
  return rows[0].n;
}

/** Removes the sessions that can no longer be used; called now and then at sign-in. */
export async function pruneSessions(dataSource: DataSource, idleTimeoutMs: number): Promise<void> {
  await dataSource.query(
    `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $1::float8)`,
    [idleTimeoutMs / 1000],
  );
}
