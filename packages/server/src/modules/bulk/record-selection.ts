import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { mayEditOwned, visibilityPredicate } from '../../core/auth/visibility-rules';
import { BadUserInputError, ForbiddenError, type FieldErrors } from '../../core/graphql/errors';

export const MAX_BULK_IDS = 1000;

/** One kind of owned record: its type in the history, its table, whether its rows carry a visibility. */
function kind<const T extends string>(type: T, table: string, visibility: boolean) {
  const name = (type.charAt(0).toLowerCase() + type.slice(1)) as Uncapitalize<T>;
  return {
    type,
    table,
    visibility,
    /** Its column in links (taggings): `organization_id`. */
    column: `${type.toLowerCase()}_id` as `${Lowercase<T>}_id`,
    /** Its field in link descriptions: `organizationId`. */
    field: `${name}Id` as const,
    /** Its field in RecordSelection: `organizationIds`. */
    key: `${name}Ids` as const,
  };
}

/** The kinds of owned record a bulk operation may touch. */
export const RECORD_TARGETS = [
  kind('Organization', 'organizations', false),
  kind('Contact', 'contacts', false),
  kind('Project', 'projects', false),
  kind('Activity', 'activities', true),
  kind('Document', 'documents', true),
  kind('Need', 'needs', false),
] as const;
export type RecordTarget = (typeof RECORD_TARGETS)[number];

const ids = (description: string) =>
  Field(() => [ID], { nullable: true, description: `${description}, ${MAX_BULK_IDS} at most.` });

/** Records of several kinds named by id, for the bulk operations. */
@InputType()
export abstract class RecordSelection {
  @ids('Organizations')
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_BULK_IDS)
  organizationIds?: string[];

  @ids('Contacts')
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_BULK_IDS)
  contactIds?: string[];

  @ids('Projects')
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_BULK_IDS)
  projectIds?: string[];

  @ids('Activities')
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_BULK_IDS)
  activityIds?: string[];

  @ids('Documents')
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_BULK_IDS)
  documentIds?: string[];

  @ids('Needs')
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_BULK_IDS)
  needIds?: string[];
}

export interface SelectedRecord {
  id: string;
  ownerId: string | null;
  teamId: string | null;
}

export interface SelectedGroup {
  target: RecordTarget;
  records: SelectedRecord[];
}

/**
 * The live records a selection names, locked for the rest of the transaction, by kind. Ids that
 * are not live records (or activities and documents hidden from the viewer) are refused all at
 * once, keyed by their input field; activities and documents the viewer sees but may not change
 * are FORBIDDEN, as they are one by one.
 */
export async function lockSelection(
  manager: EntityManager,
  viewer: Viewer,
  selection: RecordSelection,
): Promise<SelectedGroup[]> {
  const groups: SelectedGroup[] = [];
  const fields: FieldErrors = {};
  const forbidden: string[] = [];
  for (const target of RECORD_TARGETS) {
    const wanted = [...new Set((selection[target.key] ?? []).map((id) => id.toLowerCase()))];
    if (wanted.length === 0) continue;
    const query = manager
      .createQueryBuilder()
      .select('r.id', 'id')
      .addSelect('r.owner_id', 'ownerId')
      .addSelect('r.team_id', 'teamId')
      .from(target.table, 'r')
      .where('r.id IN (:...ids)', { ids: wanted })
      .andWhere('r.deleted_at IS NULL')
      .orderBy('r.id')
      .setLock('for_no_key_update');
    if (target.visibility) {
      const visible = visibilityPredicate('r', viewer);
      query.andWhere(visible.sql, visible.parameters);
    }
    const records: SelectedRecord[] = await query.getRawMany();
    const found = new Set(records.map((record) => record.id));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length) fields[target.key] = [`has ids of no live ${target.type.toLowerCase()}: ${missing.join(', ')}`];
    if (target.visibility) {
      forbidden.push(...records.filter((record) => !mayEditOwned(viewer, record)).map((record) => record.id));
    }
    groups.push({ target, records });
  }
  if (Object.keys(fields).length) {
    throw new BadUserInputError('Some of the records do not exist or are in the trash', fields);
  }
  if (forbidden.length) {
    throw new ForbiddenError(`Only their owner, their team or an admin may change ${forbidden.join(', ')}`);
  }
  return groups;
}
