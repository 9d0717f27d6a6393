import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError, ConflictError } from '../../core/graphql/errors';
import type { Actor } from '../shared/audit-writer';
import { likePattern, uniqueParameter } from '../shared/record-filter';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, updateRecord } from '../shared/record-mutations';
import { TEAM_FIELDS, Team } from './team.entity';
import type { CreateTeamInput, TeamFilter, UpdateTeamInput } from './team.inputs';

export const TEAM: RecordKind<Team> = {
  entity: Team,
  type: 'Team',
  fields: TEAM_FIELDS,
  table: 'teams',
  freeText: ['name', 'description'],
  title: 'r.name',
};

/** Live teams matching a filter, as a query aliased `t`. */
export function teamQuery(source: DataSource | EntityManager, filter?: TeamFilter): SelectQueryBuilder<Team> {
  const query = source.getRepository(Team).createQueryBuilder('t');
  if (filter?.text?.trim()) {
    const p = uniqueParameter('text');
    query.andWhere(`(t.code ILIKE :${p} OR t.name ILIKE :${p})`, { [p]: likePattern(filter.text.trim()) });
  }
  return query;
}

export const TEAM_ORDERING: Ordering = [
  ['lower(t.name)', 'ASC'],
  ['t.id', 'ASC'],
];

/** Codes are unique regardless of case, trashed teams included (a restore must not clash). */
async function checkCode(manager: EntityManager, code: string, id: string | null): Promise<void> {
  const [same]: { id: string; code: string; deletedAt: Date | null }[] = await manager.query(
    `SELECT id, code, deleted_at AS "deletedAt" FROM teams
     WHERE lower(code) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [code, id],
  );
  if (!same) return;
  throw new ConflictError(
    same.deletedAt
      ? `The team ${same.code} is in the trash: restore it rather than make another`
      : `A team with the code ${same.code} already exists`,
    { id: same.id, code: same.code, deletedAt: same.deletedAt },
  );
}

const distinct = (countries: string[] | undefined) => (countries ? [...new Set(countries)] : undefined);

export async function createTeam(manager: EntityManager, input: CreateTeamInput, actor: Actor): Promise<Team> {
  await checkCode(manager, input.code, null);
  return createRecord(manager, TEAM, { ...input, countries: distinct(input.countries) ?? [] }, actor);
}

export async function updateTeam(manager: EntityManager, input: UpdateTeamInput, actor: Actor): Promise<Team> {
  const { id, version, ...patch } = input;
  for (const field of ['code', 'name', 'countries'] as const) {
    if (patch[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  if (patch.code !== undefined) await checkCode(manager, patch.code, id);
  return updateRecord(manager, TEAM, id, version, { ...patch, countries: distinct(patch.countries) }, actor);
}
