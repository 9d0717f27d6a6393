import type { ClassType } from 'type-graphql';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { OwnedRecordEntity } from '../../core/db/record.entity';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/graphql/errors';
import { diffOf, recordChanges, type Actor } from '../shared/audit-writer';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { snapshot } from '../shared/record-mutations';
import { uniqueParameter } from '../shared/record-filter';
import { PROJECT_LINK_FIELDS, ProjectContact, ProjectOrganization, type ProjectLink } from './project-link.entity';
import { type ProjectRole } from '../project/project-roles';
import type { ProjectLinkChangesInput, ProjectLinkRemovalInput } from './project-link.inputs';
import { Project } from '../project/project.entity';
import { checkDatesOrdered } from '../project/project.service';

/** What the link operations need to know of one kind of project link. */
export interface ProjectLinkKind<L extends ProjectLink> {
  entity: ClassType<L>;
  /** The link's GraphQL type, for messages. */
  type: string;
  /** The key of the link in the change diffs: `projectContact`. */
  diffKey: string;
  /** The other end: its record type in the history, entity, column and input field. */
  target: { type: 'Contact' | 'Organization'; entity: ClassType<OwnedRecordEntity>; key: string; column: string };
  /** How the other end is named in messages. */
  targetName: (record: OwnedRecordEntity) => string;
}

export const PROJECT_CONTACT: ProjectLinkKind<ProjectContact> = {
  entity: ProjectContact,
  type: 'ProjectContactLink',
  diffKey: 'projectContact',
  target: { type: 'Contact', entity: Contact, key: 'contactId', column: 'contact_id' },
  targetName: (record) => {
    const contact = record as Contact;
    return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  },
};

export const PROJECT_ORGANIZATION: ProjectLinkKind<ProjectOrganization> = {
  entity: ProjectOrganization,
  type: 'ProjectOrganizationLink',
  diffKey: 'projectOrganization',
  target: { type: 'Organization', entity: Organization, key: 'organizationId', column: 'organization_id' },
  targetName: (record) => (record as Organization).name,
};

const LINK_DATES = { start: 'since', end: 'until' };

const targetIdOf = <L extends ProjectLink>(kind: ProjectLinkKind<L>, link: L) =>
  (link as unknown as Record<string, string>)[kind.target.key];

/** The link as the history shows it on both ends. */
function describe<L extends ProjectLink>(kind: ProjectLinkKind<L>, link: L) {
  return {
    id: link.id,
    projectId: link.projectId,
    [kind.target.key]: targetIdOf(kind, link),
    role: link.role,
    since: link.since,
    until: link.until,
    note: link.note,
  };
}

/** One change row on the project and one on the other end. */
function recordOnBothEnds<L extends ProjectLink>(
  manager: EntityManager,
  actor: Actor,
  kind: ProjectLinkKind<L>,
  link: L,
  action: 'link' | 'unlink' | 'update',
  before: L | null,
  after: L | null,
) {
  const diff = { [kind.diffKey]: { before: before && describe(kind, before), after: after && describe(kind, after) } };
  return recordChanges(manager, actor, [
    { recordType: 'Project', recordId: link.projectId, action, diff },
    { recordType: kind.target.type, recordId: targetIdOf(kind, link), action, diff },
  ]);
}

/** Refuses a second link of the same project, other end and role. */
async function checkUnique<L extends ProjectLink>(
  manager: EntityManager,
  kind: ProjectLinkKind<L>,
  values: { projectId: string; targetId: string; role: ProjectRole },
  exceptId?: string,
) {
  const existing = await manager.findOne(kind.entity, {
    where: { projectId: values.projectId, [kind.target.key]: values.targetId, role: values.role } as never,
  });
  if (!existing || existing.id === exceptId) return;
  const [project, target] = await Promise.all([
    manager.findOneOrFail(Project, { where: { id: values.projectId }, withDeleted: true }),
    manager.findOneOrFail(kind.target.entity, { where: { id: values.targetId } as never, withDeleted: true }),
  ]);
  throw new ConflictError(
    `${kind.targetName(target)} is already linked to ${project.name} as ${values.role}`,
    snapshot(existing),
  );
}

export async function linkToProject<L extends ProjectLink>(
  manager: EntityManager,
  kind: ProjectLinkKind<L>,
  input: { projectId: string; role: ProjectRole; since?: string | null; until?: string | null; note?: string | null },
  actor: Actor,
): Promise<L> {
  const targetId = (input as unknown as Record<string, string>)[kind.target.key];
  checkDatesOrdered(input.since, input.until, LINK_DATES);
  if (!(await manager.exists(Project, { where: { id: input.projectId } }))) {
    throw BadUserInputError.field('projectId', 'is not an existing project');
  }
  if (!(await manager.exists(kind.target.entity, { where: { id: targetId } as never }))) {
    throw BadUserInputError.field(kind.target.key, `is not an existing ${kind.target.type.toLowerCase()}`);
  }
  await checkUnique(manager, kind, { projectId: input.projectId, targetId, role: input.role });
  const link = await manager.save(
    kind.entity,
    manager.create(kind.entity, {
      projectId: input.projectId,
      [kind.target.key]: targetId,
      role: input.role,
      since: input.since ?? null,
      until: input.until ?? null,
      note: input.note ?? null,
      createdById: actor.userId,
      updatedById: actor.userId,
    } as never) as L,
  );
  await recordOnBothEnds(manager, actor, kind, link, 'link', null, link);
  return link;
}

async function findLink<L extends ProjectLink>(manager: EntityManager, kind: ProjectLinkKind<L>, id: string) {
  const link = await manager.findOne(kind.entity, { where: { id } as never });
  if (!link) throw new NotFoundError(kind.type, id);
  return link;
}

export async function updateProjectLink<L extends ProjectLink>(
  manager: EntityManager,
  kind: ProjectLinkKind<L>,
  input: ProjectLinkChangesInput,
  actor: Actor,
): Promise<L> {
  const { id, version, ...patch } = input;
  const before = await findLink(manager, kind, id);
  if (before.version !== version) {
    throw new ConflictError(
      `${kind.type} ${id} was changed by someone else (version ${before.version}, not ${version})`,
      snapshot(before),
    );
  }
  if (patch.role === null) throw BadUserInputError.field('role', 'cannot be removed');
  const changed = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  const after = { ...before, ...changed } as L;
  checkDatesOrdered(after.since, after.until, LINK_DATES, patch.until === undefined);
  if (Object.keys(diffOf(before as never, after as never, PROJECT_LINK_FIELDS)).length === 0) return before;
  if (after.role !== before.role) {
    await checkUnique(
      manager,
      kind,
      { projectId: before.projectId, targetId: targetIdOf(kind, before), role: after.role },
      id,
    );
  }
  const result = await manager
    .createQueryBuilder()
    .update(kind.entity)
    .set({ ...changed, updatedById: actor.userId, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (!result.affected) {
    throw new ConflictError(
      `${kind.type} ${id} was changed by someone else`,
      snapshot(await findLink(manager, kind, id)),
    );
  }
  const updated = await findLink(manager, kind, id);
  await recordOnBothEnds(manager, actor, kind, updated, 'update', before, updated);
  return updated;
}

/** Removes a link for good (links are not soft-deleted); answers it as it was. */
export async function unlinkFromProject<L extends ProjectLink>(
  manager: EntityManager,
  kind: ProjectLinkKind<L>,
  input: ProjectLinkRemovalInput,
  actor: Actor,
): Promise<L> {
  const link = await findLink(manager, kind, input.id);
  if (input.version !== undefined && input.version !== null && link.version !== input.version) {
    throw new ConflictError(`${kind.type} ${input.id} was changed by someone else`, snapshot(link));
  }
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(kind.entity)
    .where('id = :id AND version = :version', { id: link.id, version: link.version })
    .execute();
  if (!result.affected) throw new ConflictError(`${kind.type} ${input.id} was changed by someone else`);
  await recordOnBothEnds(manager, actor, kind, link, 'unlink', link, null);
  return link;
}

/**
 * Links of one kind whose both ends are live, aliased `l` with the project `p` and the other
 * end `t` joined (one row per link), optionally only in some roles.
 */
export function projectLinkQuery<L extends ProjectLink>(
  source: DataSource | EntityManager,
  kind: ProjectLinkKind<L>,
  roles?: ProjectRole[],
): SelectQueryBuilder<L> {
  const query = source
    .getRepository(kind.entity)
    .createQueryBuilder('l')
    .innerJoin(Project, 'p', 'p.id = l.project_id')
    .innerJoin(kind.target.entity, 't', `t.id = l.${kind.target.column}`);
  if (roles?.length) {
    const p = uniqueParameter('roles');
    query.andWhere(`l.role IN (:...${p})`, { [p]: roles });
  }
  return query;
}

/** Links as seen from the project: by the other end's name, then role. */
export function linksFromProjectOrdering<L extends ProjectLink>(kind: ProjectLinkKind<L>): Ordering {
  const names: Ordering =
    kind.target.type === 'Contact'
      ? [
          ['lower(t.last_name)', 'ASC'],
          ['lower(t.first_name)', 'ASC'],
        ]
      : [['lower(t.name)', 'ASC']];
  return [...names, ['l.role', 'ASC'], ['l.id', 'ASC']];
}

/** Links as seen from a contact or organization: by project name, then role. */
export const LINKS_FROM_TARGET_ORDERING: Ordering = [
  ['lower(p.name)', 'ASC'],
  ['l.role', 'ASC'],
  ['l.id', 'ASC'],
];

/**
 * Joins, as `lp`, the distinct pairs (project, other end) of a link table to a query over one of
 * the ends, so that each linked record comes once per project whatever its number of roles.
 * `on` ties `lp` to the query's own alias: `lp.contact_id = c.id`.
 */
export function joinLinkedPairs<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  kind: ProjectLinkKind<ProjectLink>,
  on: string,
  roles?: ProjectRole[],
): SelectQueryBuilder<T> {
  const table = kind.target.type === 'Contact' ? 'project_contacts' : 'project_organizations';
  const p = uniqueParameter('roles');
  const where = roles?.length ? ` WHERE role IN (:...${p})` : '';
  query.innerJoin(`(SELECT DISTINCT project_id, ${kind.target.column} FROM ${table}${where})`, 'lp', on);
  return roles?.length ? query.setParameter(p, roles) : query;
}
