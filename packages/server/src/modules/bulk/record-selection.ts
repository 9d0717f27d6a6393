import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { mayEditOwned, visibilityPredicate } from '../../core/auth/visibility-rules';
import { BadUserInputError, ForbiddenError, type FieldErrors } from '../../core/graphql/errors';
import { kindsWith, type AnyRecordKind } from '../registry/record-registry';
import { kindName } from '../shared/record-kind';

const MAX_BULK_IDS = 1000;

/** One kind of owned record a bulk operation may touch, with its field in RecordSelection (`organizationIds`). */
export type RecordTarget = AnyRecordKind & { key: string };

/**
 * The kinds of owned record a bulk operation may touch: every owned kind of the registry. All of
 * them go to a new owner with the records of a user handed over (`fromOwnerId`).
 */
export const RECORD_TARGETS: RecordTarget[] = kindsWith('owned').map((kind) => ({
  ...kind,
  key: `${kindName(kind)}Ids`,
}));

/**
 * Records of several kinds named by id, for the bulk operations: one list of ids per owned kind
 * that lists pick records of (those that carry tags); saved views are not picked so, and move
 * only with all the records of their owner.
 */
export abstract class RecordSelection {
  [key: string]: unknown;
}
for (const target of RECORD_TARGETS.filter((kind) => kind.taggable)) {
  const plural = target.table.charAt(0).toUpperCase() + target.table.slice(1);
  const decorators = [
    Field(() => [ID], { nullable: true, description: `${plural}, ${MAX_BULK_IDS} at most.` }),
    IsOptional(),
    IsUUID('all', { each: true }),
    ArrayMaxSize(MAX_BULK_IDS),
  ];
  for (const decorate of decorators) decorate(RecordSelection.prototype, target.key);
}
InputType()(RecordSelection);

interface SelectedRecord {
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
    const wanted = [...new Set(((selection[target.key] as string[] | undefined) ?? []).map((id) => id.toLowerCase()))];
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
