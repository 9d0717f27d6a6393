import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { mayEditOwned, visibilityPredicate, type Predicate } from '../../core/auth/visibility-rules';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { Opportunity } from './opportunity.entity';

/** The opportunities of `alias` the viewer may see: the one rule every path to an opportunity goes through. */
export function visibleOpportunities(alias: string, viewer: Viewer | null): Predicate {
  return visibilityPredicate(alias, viewer);
}

/**
 * An opportunity the viewer may change: NOT_FOUND when hidden (exactly as when there is none),
 * FORBIDDEN when seen but not theirs. `trashed`: only a trashed one (to restore).
 */
export async function opportunityToEdit(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  trashed = false,
): Promise<Opportunity> {
  const visible = visibleOpportunities('o', viewer);
  const opportunity = await manager
    .getRepository(Opportunity)
    .createQueryBuilder('o')
    .withDeleted()
    .where('o.id = :id', { id })
    .andWhere(visible.sql, visible.parameters)
    .andWhere(trashed ? 'o.deleted_at IS NOT NULL' : 'o.deleted_at IS NULL')
    .getOne();
  if (!opportunity) throw new NotFoundError('Opportunity', id);
  if (!mayEditOwned(viewer, opportunity)) {
    throw new ForbiddenError('Only its owner, its team or an admin may change this opportunity');
  }
  return opportunity;
}
