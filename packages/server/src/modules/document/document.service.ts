import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import { visibleActivities } from '../activity/activity.policy';
import type { Actor } from '../shared/audit-writer';
import { applyRecordFilter, uniqueParameter } from '../shared/record-filter';
import { linkTargetKinds } from '../shared/link-targets';
import { linkField, type RecordKind } from '../shared/record-kind';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from '../shared/record-mutations';
import { DOCUMENT_FIELDS, Document } from './document.entity';
import {
  DocumentOrderField,
  type AttachedToFilter,
  type CreateDocumentInput,
  type DocumentFilter,
  type DocumentOrder,
  type UpdateDocumentInput,
} from './document.inputs';
import { attachToTargets } from './document-links.service';
import { documentToEdit, visibleDocuments } from './document.policy';

export const DOCUMENT: RecordKind<Document> = {
  entity: Document,
  type: 'Document',
  fields: DOCUMENT_FIELDS,
  table: 'documents',
  freeText: ['title', 'body'],
  title: 'r.title',
  linkColumn: 'document_id',
  owned: true,
  visibility: true,
  trash: true,
  taggable: true,
  search: { subtitle: 'r.kind' },
};

/** Live documents the viewer may see, matching a filter, as a query aliased `d`. */
export function documentQuery(
  source: DataSource | EntityManager,
  viewer: Viewer | null,
  filter?: DocumentFilter,
): SelectQueryBuilder<Document> {
  const query = source.getRepository(Document).createQueryBuilder('d');
  const visible = visibleDocuments('d', viewer);
  query.andWhere(visible.sql, visible.parameters);
  applyRecordFilter(query, filter, { taggingColumn: 'document_id', textColumns: ['title', 'body'] });
  if (!filter) return query;
  if (filter.kinds?.length) {
    const p = uniqueParameter('kinds');
    query.andWhere(`d.kind IN (:...${p})`, { [p]: filter.kinds });
  }
  if (filter.visibility) {
    const p = uniqueParameter('visibility');
    query.andWhere(`d.visibility = :${p}`, { [p]: filter.visibility });
  }
  for (const kind of linkTargetKinds('documents')) {
    const field = linkField(kind) as keyof AttachedToFilter;
    const column = kind.linkColumn!;
    const id = filter.attachedTo?.[field];
    if (!id) continue;
    const p = uniqueParameter('attached');
    query.andWhere(`EXISTS (SELECT 1 FROM document_links dl WHERE dl.document_id = d.id AND dl.${column} = :${p})`, {
      [p]: id,
    });
    if (field === 'activityId') {
      // A hidden activity has no documents, as far as the viewer can tell.
      const activity = visibleActivities('fa', viewer);
      query.andWhere(
        `EXISTS (SELECT 1 FROM activities fa WHERE fa.id = :${p} AND ${activity.sql})`,
        activity.parameters,
      );
    }
  }
  return query;
}

const ORDER_EXPRESSIONS: Record<DocumentOrderField, string> = {
  [DocumentOrderField.TITLE]: 'lower(d.title)',
  [DocumentOrderField.CREATED_AT]: 'd.created_at',
  [DocumentOrderField.UPDATED_AT]: 'd.updated_at',
};

/** The order asked for, or newest first. */
export function documentOrdering(order?: DocumentOrder): Ordering {
  const [expression, direction] = order
    ? [ORDER_EXPRESSIONS[order.field], order.direction]
    : ['d.created_at', 'DESC' as const];
  return [
    [expression, direction],
    ['d.id', direction],
  ];
}

export async function createDocument(manager: EntityManager, viewer: Viewer, input: CreateDocumentInput, actor: Actor) {
  const { attachTo, ...values } = input;
  const document = await createRecord(manager, DOCUMENT, { ...values, ownerId: values.ownerId ?? actor.userId }, actor);
  if (attachTo) await attachToTargets(manager, viewer, document.id, attachTo, actor);
  return document;
}

export async function updateDocument(manager: EntityManager, viewer: Viewer, input: UpdateDocumentInput, actor: Actor) {
  const { id, version, ...patch } = input;
  for (const field of ['title', 'kind', 'body', 'visibility'] as const) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  await documentToEdit(manager, viewer, id);
  return updateRecord(manager, DOCUMENT, id, version, patch as Partial<Document>, actor);
}

export async function deleteDocument(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  version: number | undefined,
  actor: Actor,
) {
  await documentToEdit(manager, viewer, id);
  return deleteRecord(manager, DOCUMENT, id, version, actor);
}

export async function restoreDocument(manager: EntityManager, viewer: Viewer, id: string, actor: Actor) {
  await documentToEdit(manager, viewer, id, true);
  return restoreRecord(manager, DOCUMENT, id, actor);
}
