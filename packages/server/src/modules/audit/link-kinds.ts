import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../core/graphql/errors';
import { kindsWith, linkableFrom } from '../registry/record-registry';
import type { Actor } from '../shared/audit-writer';
import { sameValue } from '../shared/audit-writer';
import { linkField } from '../shared/record-kind';

/** A link as the history writes it: `{ id, contactId, organizationId, role, … }`. */
export type LinkValue = Record<string, unknown>;

/**
 * What undoing needs to know of a kind of link, by its key in the diffs: its table, the values
 * that identify it (for polymorphic links, the owner plus whichever `targets` is set) and its
 * other attributes.
 */
export interface LinkKind {
  table: string;
  identity: string[];
  targets?: string[];
  attributes?: string[];
  /** Only admins may undo it (team memberships). */
  adminOnly?: boolean;
}

/**
 * The kinds each polymorphic link table points at, from the registry's flags: tags go on every
 * taggable kind, documents attach to those `linkable.documents`, activities concern those
 * `linkable.activities`. The registry's test checks them against the tables' columns.
 */
const TAGGED = kindsWith('taggable');
const ATTACHED = linkableFrom('documents');
const LINKED = linkableFrom('activities');
export const LINK_TABLE_TARGETS = { taggings: TAGGED, document_links: ATTACHED, activity_links: LINKED };

export const LINK_KINDS: Record<string, LinkKind> = {
  affiliation: {
    table: 'affiliations',
    identity: ['contactId', 'organizationId', 'role'],
    attributes: ['isPrimary', 'since', 'until'],
  },
  projectContact: {
    table: 'project_contacts',
    identity: ['projectId', 'contactId', 'role'],
    attributes: ['since', 'until', 'note'],
  },
  projectOrganization: {
    table: 'project_organizations',
    identity: ['projectId', 'organizationId', 'role'],
    attributes: ['since', 'until', 'note'],
  },
  activityLink: {
    table: 'activity_links',
    identity: ['activityId'],
    targets: LINKED.map(linkField),
  },
  activityContact: { table: 'activity_contacts', identity: ['activityId', 'contactId'] },
  opportunityContact: { table: 'opportunity_contacts', identity: ['opportunityId', 'contactId'], attributes: ['role'] },
  opportunityNeed: { table: 'opportunity_needs', identity: ['opportunityId', 'needId'] },
  activityUser: { table: 'activity_users', identity: ['activityId', 'userId'] },
  documentLink: { table: 'document_links', identity: ['documentId'], targets: ATTACHED.map(linkField) },
  tagging: { table: 'taggings', identity: ['tagId'], targets: TAGGED.map(linkField) },
  membership: { table: 'team_memberships', identity: ['teamId', 'userId'], attributes: ['role'], adminOnly: true },
};

const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The fields that identify this link: the kind's identity plus the target it names. */
function identityOf(kind: LinkKind, value: LinkValue): string[] {
  return [...kind.identity, ...(kind.targets ?? []).filter((target) => value[target] != null)];
}

/** The link as it is now, with the keys of `value`, or null when it is gone. */
export async function findLink(manager: EntityManager, kind: LinkKind, value: LinkValue): Promise<LinkValue | null> {
  const fields = value.id ? ['id'] : identityOf(kind, value);
  const where = fields.map((field, index) => `t.${column(field)} = $${index + 1}`).join(' AND ');
  const rows: { row: Record<string, unknown> }[] = await manager.query(
    `SELECT to_jsonb(t) AS row FROM ${kind.table} t WHERE ${where} FOR UPDATE`,
    fields.map((field) => value[field]),
  );
  if (rows.length === 0) return null;
  const row = rows[0].row;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => column(key) in row)
      .map((key) => [key, row[column(key)]]),
  );
}

export async function removeLink(manager: EntityManager, kind: LinkKind, current: LinkValue): Promise<void> {
  const fields = current.id ? ['id'] : identityOf(kind, current);
  const where = fields.map((field, index) => `${column(field)} = $${index + 1}`).join(' AND ');
  await manager.query(
    `DELETE FROM ${kind.table} WHERE ${where}`,
    fields.map((field) => current[field]),
  );
}

/** Database errors that mean a record or a link cannot be set back as it was: CONFLICT. */
export function conflictOf(error: unknown, what: string): unknown {
  const code = (error as { code?: string }).code;
  if (code === '23505') return new ConflictError(`${what}: an equal one exists already`);
  if (code === '23503') return new ConflictError(`${what}: a record it refers to no longer exists`);
  if (code === '23514') return new ConflictError(`${what}: it would break a rule of the data`);
  return error;
}

/** Makes the link again as `value` describes it, with its id when it had one. */
export async function insertLink(
  manager: EntityManager,
  kind: LinkKind,
  value: LinkValue,
  actor: Actor,
): Promise<void> {
  if (await findLink(manager, kind, value)) throw new ConflictError('The link exists again already');
  const identity = identityOf(kind, value);
  const existing = await findLink(manager, kind, Object.fromEntries(identity.map((field) => [field, value[field]])));
  if (existing) throw new ConflictError('An equal link exists already');
  const fields = [...(value.id ? ['id'] : []), ...identity, ...(kind.attributes ?? []).filter((f) => f in value)];
  const columns = [...fields.map(column), 'created_by_id', 'updated_by_id'];
  const values = [...fields.map((field) => value[field]), actor.userId, actor.userId];
  await manager
    .query(
      `INSERT INTO ${kind.table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})`,
      values,
    )
    .catch((error: unknown) => {
      throw conflictOf(error, 'The link cannot be made again');
    });
}

/** The attributes that differ between two values of a link. */
export function changedAttributes(kind: LinkKind, a: LinkValue, b: LinkValue): string[] {
  return [...kind.identity, ...(kind.attributes ?? [])].filter((field) => field in a && !sameValue(a[field], b[field]));
}

/** Sets the attributes of the link `current` to those of `value`. */
export async function setLinkAttributes(
  manager: EntityManager,
  kind: LinkKind,
  current: LinkValue,
  value: LinkValue,
  fields: string[],
  actor: Actor,
): Promise<void> {
  const assignments = fields.map((field, index) => `${column(field)} = $${index + 2}`);
  await manager
    .query(
      `UPDATE ${kind.table} SET ${assignments.join(', ')}, updated_by_id = $${fields.length + 2},
         version = version + 1, updated_at = now() WHERE id = $1`,
      [current.id, ...fields.map((field) => value[field]), actor.userId],
    )
    .catch((error: unknown) => {
      throw conflictOf(error, 'The link cannot be changed back');
    });
}
