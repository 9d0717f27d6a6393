import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { mayEditOwned, visibilityPredicate, type Predicate } from '../../core/auth/visibility-rules';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { Document } from './document.entity';

/** The documents of `alias` the viewer may see: the one rule every path to a document goes through. */
export function visibleDocuments(alias: string, viewer: Viewer | null): Predicate {
  return visibilityPredicate(alias, viewer);
}

/**
 * A document the viewer may see, or NOT_FOUND exactly as when there is none. `trashed`: only
 * a trashed one (to restore), or either (`'any'`); live ones by default.
 */
export async function findVisibleDocument(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  trashed: boolean | 'any' = false,
): Promise<Document> {
  const visible = visibleDocuments('d', viewer);
  const query = manager
    .getRepository(Document)
    .createQueryBuilder('d')
    .withDeleted()
    .where('d.id = :id', { id })
    .andWhere(visible.sql, visible.parameters);
  if (trashed !== 'any') query.andWhere(trashed ? 'd.deleted_at IS NOT NULL' : 'd.deleted_at IS NULL');
  const document = await query.getOne();
  if (!document) throw new NotFoundError('Document', id);
  return document;
}

/** Whether the viewer may change a document it sees. */
function mayEditDocument(viewer: Viewer, document: Document): boolean {
  return mayEditOwned(viewer, document);
}

/** A document the viewer may change: NOT_FOUND when hidden, FORBIDDEN when seen but not theirs. */
export async function documentToEdit(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  trashed: boolean | 'any' = false,
): Promise<Document> {
  const document = await findVisibleDocument(manager, viewer, id, trashed);
  if (!mayEditDocument(viewer, document)) {
    throw new ForbiddenError('Only its owner, its team or an admin may change this document');
  }
  return document;
}
