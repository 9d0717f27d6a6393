import { graphqlEnum } from '../graphql/enums';
import type { Viewer } from './viewer';
import { VISIBILITIES } from './visibility';

export const VisibilityEnum = graphqlEnum(
  VISIBILITIES,
  'Visibility',
  'Who sees a record: EVERYONE, the TEAM it belongs to (and its owner), or its owner alone (PRIVATE).',
);

/** A WHERE condition with its named parameters, for `query.andWhere(sql, parameters)`. */
export interface Predicate {
  sql: string;
  parameters: Record<string, unknown>;
}

let counter = 0;
const parameter = (name: string) => `${name}_v${(counter = (counter + 1) % 1_000_000)}`;

/**
 * The records of `alias` (a table with owner_id, team_id and visibility) that `viewer` may see:
 * admins see all; others what is for everyone, what they own, and what is for a team of theirs.
 * Nobody (null viewer) sees anything.
 */
export function visibilityPredicate(alias: string, viewer: Viewer | null): Predicate {
  if (!viewer) return { sql: 'FALSE', parameters: {} };
  if (viewer.role === 'admin') return { sql: 'TRUE', parameters: {} };
  const user = parameter('viewer');
  const teams = parameter('viewer_teams');
  const teamClause = viewer.teamIds.length
    ? ` OR (${alias}.visibility = 'team' AND ${alias}.team_id IN (:...${teams}))`
    : '';
  return {
    sql: `(${alias}.visibility = 'everyone' OR ${alias}.owner_id = :${user}${teamClause})`,
    parameters: { [user]: viewer.userId, ...(viewer.teamIds.length ? { [teams]: viewer.teamIds } : {}) },
  };
}

/** Whether `viewer` may change a record it can see: admins any, others their own or their teams'. */
export function mayEditOwned(viewer: Viewer, record: { ownerId: string | null; teamId: string | null }): boolean {
  if (viewer.role === 'admin') return true;
  if (viewer.role === 'viewer') return false;
  return record.ownerId === viewer.userId || (record.teamId !== null && viewer.teamIds.includes(record.teamId));
}
