import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { visibilityPredicate } from '../../core/auth/visibility-rules';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import type { RecordKind } from '../shared/record-kind';
import { checkSharing, mayChangeShared } from '../shared/sharing';
import { createRecord, updateRecord } from '../shared/record-mutations';
import { SAVED_VIEW_FIELDS, SavedView } from './saved-view.entity';
import type { CreateSavedViewInput, SavedViewFilter, UpdateSavedViewInput } from './saved-view.inputs';

export const SAVED_VIEW: RecordKind<SavedView> = {
  entity: SavedView,
  type: 'SavedView',
  fields: SAVED_VIEW_FIELDS,
  table: 'saved_views',
  title: 'r.name',
  owned: true,
  visibility: true,
};

/** A list's filters, kept as they are; a view is not a place to store documents. */
const MAX_FILTERS_LENGTH = 10_000;

/** Saved views the viewer may see, as a query aliased `v`. */
export function savedViewQuery(
  source: DataSource | EntityManager,
  viewer: Viewer | null,
  filter?: SavedViewFilter,
): SelectQueryBuilder<SavedView> {
  const visible = visibilityPredicate('v', viewer);
  const query = source.getRepository(SavedView).createQueryBuilder('v').where(visible.sql, visible.parameters);
  if (filter?.kind) query.andWhere('v.kind = :kind', { kind: filter.kind });
  return query;
}

/** By name, as the navigation lists them. */
export const SAVED_VIEW_ORDERING: Ordering = [
  ['lower(v.name)', 'ASC'],
  ['v.id', 'ASC'],
];

/** BAD_USER_INPUT for filters too large, or sharing the rules refuse (see `checkSharing`). */
function checkSavedView(viewer: Viewer, values: Partial<SavedView>, current?: SavedView) {
  if (values.filters !== undefined && JSON.stringify(values.filters ?? {}).length > MAX_FILTERS_LENGTH) {
    throw BadUserInputError.field('filters', `must be at most ${MAX_FILTERS_LENGTH} characters as JSON`);
  }
  checkSharing(viewer, values, current);
}

export async function createSavedView(
  manager: EntityManager,
  viewer: Viewer,
  input: CreateSavedViewInput,
  actor: Actor,
): Promise<SavedView> {
  const values: Partial<SavedView> = { ...input, filters: input.filters ?? {}, columns: input.columns ?? [] };
  checkSavedView(viewer, values);
  return createRecord(manager, SAVED_VIEW, { ...values, ownerId: actor.userId }, actor);
}

/** A live saved view the viewer may change: NOT_FOUND when hidden, FORBIDDEN when seen but not theirs. */
export async function savedViewToEdit(manager: EntityManager, viewer: Viewer, id: string, trashed = false) {
  const query = savedViewQuery(manager, viewer).withDeleted().andWhere('v.id = :id', { id });
  query.andWhere(trashed ? 'v.deleted_at IS NOT NULL' : 'v.deleted_at IS NULL');
  const view = await query.getOne();
  if (!view) throw new NotFoundError('SavedView', id);
  if (!mayChangeShared(viewer, view)) {
    throw new ForbiddenError('Only its owner or an admin may change this saved view');
  }
  return view;
}

export async function updateSavedView(
  manager: EntityManager,
  viewer: Viewer,
  input: UpdateSavedViewInput,
  actor: Actor,
): Promise<SavedView> {
  const { id, version, ...patch } = input;
  for (const field of ['name', 'filters', 'columns', 'visibility'] as const) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  const current = await savedViewToEdit(manager, viewer, id);
  checkSavedView(viewer, patch as Partial<SavedView>, current);
  return updateRecord(manager, SAVED_VIEW, id, version, patch as Partial<SavedView>, actor);
}
