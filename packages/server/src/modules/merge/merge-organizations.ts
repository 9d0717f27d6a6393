import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import type { Organization } from '../organization/organization.entity';
import { ORGANIZATION } from '../organization/organization.service';
import type { MergeOrganizationsInput } from './merge.inputs';
import { emptyFieldsFilled, mergeRecords, type MergeKind } from './merge.service';

/** Whether `ancestorId` is `id` or above it in the hierarchy. */
async function isAncestor(manager: EntityManager, ancestorId: string, id: string): Promise<boolean> {
  const [{ found }] = await manager.query(
    `WITH RECURSIVE up(id) AS (
       SELECT $2::uuid
       UNION
       SELECT o.parent_id FROM organizations o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL
     )
     SELECT EXISTS (SELECT 1 FROM up WHERE id = $1::uuid) AS found`,
    [ancestorId, id],
  );
  return found;
}

const FILLED = ['acronym', 'country', 'city', 'website', 'description', 'ownerId', 'teamId'] as const;

const ORGANIZATION_MERGE: MergeKind<Organization> = {
  kind: ORGANIZATION,
  noun: 'organization',
  moves: [
    { table: 'affiliations', column: 'organization_id', unique: ['contact_id', 'role'] },
    { table: 'project_organizations', column: 'organization_id', unique: ['project_id', 'role'] },
    { table: 'activity_links', column: 'organization_id', unique: ['activity_id'] },
    { table: 'document_links', column: 'organization_id', unique: ['document_id'] },
    { table: 'taggings', column: 'organization_id', unique: ['tag_id'] },
    { table: 'needs', column: 'organization_id' },
    { table: 'opportunities', column: 'organization_id' },
    { table: 'organizations', column: 'parent_id' },
  ],
  async prepare(manager, survivor, duplicate) {
    // The duplicate's children become the survivor's: one of them must not be above the survivor.
    if (survivor.parentId !== duplicate.id && (await isAncestor(manager, duplicate.id, survivor.id))) {
      throw BadUserInputError.field(
        'duplicateId',
        'is above the survivor in the hierarchy (not its parent); merge the other way',
      );
    }
  },
  async fill(manager, survivor, duplicate) {
    const patch: Partial<Organization> = emptyFieldsFilled(survivor, duplicate, FILLED);
    if (survivor.parentId === duplicate.id) {
      // The survivor takes the place of its parent, the duplicate.
      patch.parentId = duplicate.parentId;
    } else if (
      !survivor.parentId &&
      duplicate.parentId &&
      !(await isAncestor(manager, survivor.id, duplicate.parentId))
    ) {
      patch.parentId = duplicate.parentId;
    }
    return patch;
  },
};

export function mergeOrganizations(manager: EntityManager, input: MergeOrganizationsInput, actor: Actor) {
  return mergeRecords(manager, ORGANIZATION_MERGE, input, actor, input.takeFromDuplicate ?? []);
}
