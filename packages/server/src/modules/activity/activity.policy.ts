import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { mayEditOwned, visibilityPredicate, type Predicate } from '../../core/auth/visibility-rules';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { Activity } from './activity.entity';

/** The activities of `alias` the viewer may see: the one rule every path to an activity goes through. */
export function visibleActivities(alias: string, viewer: Viewer | null): Predicate {
  return visibilityPredicate(alias, viewer);
}

/**
 * An activity the viewer may see, or NOT_FOUND exactly as when there is none. `trashed`: only
 * a trashed one (to restore), or either (`'any'`); live ones by default.
 */
async function findVisibleActivity(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  trashed: boolean | 'any' = false,
): Promise<Activity> {
  const visible = visibleActivities('a', viewer);
  const query = manager
    .getRepository(Activity)
    .createQueryBuilder('a')
    .withDeleted()
    .where('a.id = :id', { id })
    .andWhere(visible.sql, visible.parameters);
  if (trashed !== 'any') query.andWhere(trashed ? 'a.deleted_at IS NOT NULL' : 'a.deleted_at IS NULL');
  const activity = await query.getOne();
  if (!activity) throw new NotFoundError('Activity', id);
  return activity;
}

/** An activity the viewer may change: NOT_FOUND when hidden, FORBIDDEN when seen but not theirs. */
export async function activityToEdit(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  trashed: boolean | 'any' = false,
): Promise<Activity> {
  const activity = await findVisibleActivity(manager, viewer, id, trashed);
  if (!mayEditOwned(viewer, activity)) {
    throw new ForbiddenError('Only its owner, its team or an admin may change this activity');
  }
  return activity;
}
