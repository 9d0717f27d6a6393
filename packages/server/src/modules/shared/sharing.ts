import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Visibility } from '../../core/auth/visibility';
import { visibilityPredicate } from '../../core/auth/visibility-rules';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../core/graphql/errors';

interface Shared {
  ownerId: string | null;
  teamId: string | null;
  visibility: Visibility;
}

/**
 * Saved views, saved reports and dashboards are shared one way: BAD_USER_INPUT for a team that is
 * not the viewer's, or TEAM without a team.
 */
export function checkSharing(viewer: Viewer, values: Partial<Shared>, current?: Shared): void {
  const teamId = values.teamId !== undefined ? values.teamId : (current?.teamId ?? null);
  const visibility = values.visibility ?? current?.visibility ?? 'private';
  if (values.teamId && viewer.role !== 'admin' && !viewer.teamIds.includes(values.teamId)) {
    throw BadUserInputError.field('teamId', 'must be one of your teams');
  }
  if (visibility === 'team' && !teamId) throw BadUserInputError.field('teamId', 'is needed to share with a team');
}

/** The rows of `alias` the viewer may see; with `mine`, only theirs (true) or only others' (false). */
export function visibleTo<T extends object>(
  query: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer | null,
  mine?: boolean,
): SelectQueryBuilder<T> {
  const visible = visibilityPredicate(alias, viewer);
  query.where(visible.sql, visible.parameters);
  if (mine != null && viewer) {
    query.andWhere(mine ? `${alias}.owner_id = :mineId` : `${alias}.owner_id IS DISTINCT FROM :mineId`, {
      mineId: viewer.userId,
    });
  }
  return query;
}

/**
 * Whether the viewer may change (rename, reshare, trash, restore, revert) a shared record: its
 * owner or an admin. Shared with a team or everyone, it is used by them, not theirs to change.
 */
export function mayChangeShared(viewer: Viewer, record: { ownerId: string | null }): boolean {
  return viewer.role === 'admin' || record.ownerId === viewer.userId;
}

/**
 * A record found for a change: NOT_FOUND when the viewer may not see it, FORBIDDEN when they see
 * it but it is not theirs. Only its owner or an admin changes (renames, reshares, trashes) it:
 * shared with a team or everyone, it is used by them, not theirs to change.
 */
export function toChange<T extends Shared>(viewer: Viewer, record: T | null, type: string, id: string): T {
  if (!record) throw new NotFoundError(type, id);
  if (!mayChangeShared(viewer, record)) {
    throw new ForbiddenError(`Only its owner or an admin may change this ${type}`);
  }
  return record;
}
