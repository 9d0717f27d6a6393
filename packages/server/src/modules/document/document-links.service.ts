import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/graphql/errors';
import { visibleActivities } from '../activity/activity.policy';
import { checkTargetsExist, linkTarget, recordLinkChanges } from '../activity/link-changes';
import type { Actor } from '../shared/audit-writer';
import { DocumentLink, documentTargets, type DocumentTarget } from './document-link.entity';
import type { AttachDocumentInput, DocumentTargetsInput } from './document.inputs';
import { documentToEdit } from './document.policy';

const documentEnd = (documentId: string) => ({ recordType: 'Document', recordId: documentId });
const targetOf = (link: DocumentLink) => documentTargets().find((column) => link[column])!;
const linkValue = (link: DocumentLink) => ({
  id: link.id,
  documentId: link.documentId,
  [targetOf(link)]: link[targetOf(link)],
});

/** Refuses targets that do not exist, or (activities) that the viewer may not see. */
function checkTargets(manager: EntityManager, viewer: Viewer, column: DocumentTarget, ids: string[], field: string) {
  const visible = column === 'activityId' ? visibleActivities('t', viewer) : undefined;
  return checkTargetsExist(manager, column, ids, field, visible);
}

/** Attaches a document to records of one kind, skipping those it is attached to already. */
async function attachTargets(
  manager: EntityManager,
  documentId: string,
  column: DocumentTarget,
  ids: readonly string[],
  actor: Actor,
): Promise<DocumentLink[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const existing = await manager.find(DocumentLink, { where: { documentId, [column]: In(unique) } });
  const links: DocumentLink[] = [];
  for (const id of unique.filter((id) => !existing.some((link) => link[column] === id))) {
    const link = await manager.save(
      manager.create(DocumentLink, { documentId, [column]: id, createdById: actor.userId, updatedById: actor.userId }),
    );
    await recordLinkChanges(manager, actor, 'link', 'documentLink', linkValue(link), [
      documentEnd(documentId),
      { recordType: linkTarget(column).type, recordId: id },
    ]);
    links.push(link);
  }
  return links;
}

/** Attaches a new document to the records given at its creation. */
export async function attachToTargets(
  manager: EntityManager,
  viewer: Viewer,
  documentId: string,
  targets: DocumentTargetsInput,
  actor: Actor,
): Promise<void> {
  for (const column of documentTargets()) {
    const field = column.replace(/Id$/, 'Ids') as keyof DocumentTargetsInput;
    const ids = targets[field] ?? [];
    await checkTargets(manager, viewer, column, ids, `attachTo.${field}`);
    await attachTargets(manager, documentId, column, ids, actor);
  }
}

/** Attaches a document to exactly one record; CONFLICT when it is attached there already. */
export async function attachDocument(manager: EntityManager, viewer: Viewer, input: AttachDocumentInput, actor: Actor) {
  const columns = documentTargets();
  const given = columns.filter((column) => input[column]);
  if (given.length !== 1) {
    const message = given.length ? 'give only one target' : 'give one target';
    throw new BadUserInputError(
      `Give exactly one of ${columns.join(', ')}`,
      Object.fromEntries((given.length ? given : columns).map((column) => [column, [message]])),
    );
  }
  const column = given[0];
  const targetId = input[column]!;
  await documentToEdit(manager, viewer, input.documentId);
  await checkTargets(manager, viewer, column, [targetId], column);
  const [link] = await attachTargets(manager, input.documentId, column, [targetId], actor);
  if (!link)
    throw new ConflictError(`The document is already attached to this ${linkTarget(column).type.toLowerCase()}`);
  return link;
}

/** Removes one attachment; NOT_FOUND when there is none or its document is hidden from the viewer. */
export async function detachDocument(manager: EntityManager, viewer: Viewer, id: string, actor: Actor) {
  const link = await manager.findOne(DocumentLink, { where: { id } });
  if (!link) throw new NotFoundError('DocumentLink', id);
  await documentToEdit(manager, viewer, link.documentId).catch((error: unknown) => {
    throw error instanceof NotFoundError ? new NotFoundError('DocumentLink', id) : error;
  });
  await manager.delete(DocumentLink, { id });
  const target = targetOf(link);
  await recordLinkChanges(manager, actor, 'unlink', 'documentLink', linkValue(link), [
    documentEnd(link.documentId),
    { recordType: linkTarget(target).type, recordId: link[target]! },
  ]);
  return documentToEdit(manager, viewer, link.documentId);
}
