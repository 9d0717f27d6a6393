import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { mayEditOwned, visibilityPredicate, type Predicate } from '../../core/auth/visibility-rules';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { Lead } from './lead.entity';

/** The leads of `alias` the viewer may see: the one rule every path to a lead goes through. */
export function visibleLeads(alias: string, viewer: Viewer | null): Predicate {
  return visibilityPredicate(alias, viewer);
}

/**
 * A lead the viewer may change, locked until the transaction ends: NOT_FOUND when hidden (exactly
 * as when there is none), FORBIDDEN when seen but not theirs. `trashed`: only a trashed one (to
 * restore), or either (`'any'`); live ones by default.
 */
export async function leadToEdit(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  trashed: boolean | 'any' = false,
): Promise<Lead> {
  const visible = visibleLeads('l', viewer);
  const query = manager
    .getRepository(Lead)
    .createQueryBuilder('l')
    .withDeleted()
    .where('l.id = :id', { id })
    .andWhere(visible.sql, visible.parameters)
    .setLock('pessimistic_write');
  if (trashed !== 'any') query.andWhere(trashed ? 'l.deleted_at IS NOT NULL' : 'l.deleted_at IS NULL');
  const lead = await query.getOne();
  if (!lead) throw new NotFoundError('Lead', id);
  if (!mayEditOwned(viewer, lead)) {
    throw new ForbiddenError('Only its owner, its team or an admin may change this lead');
  }
  return lead;
}
