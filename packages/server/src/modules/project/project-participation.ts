import { uniqueParameter } from '../shared/record-filter';
import type { ProjectRole } from './project-roles';
import type { ProjectStatus } from './project.entity';

export interface ProjectParticipation {
  roles?: ProjectRole[];
  statuses?: ProjectStatus[];
}

/** The project link table and its column for each kind of participant. */
export const PARTICIPATION_TABLES = {
  organization: { table: 'project_organizations', column: 'organization_id' },
  contact: { table: 'project_contacts', column: 'contact_id' },
} as const;

/**
 * `EXISTS` over the links of the record `alias.id` to live projects, one link matching both the
 * roles and the project statuses: the same condition the reports' project dimensions join on.
 */
export function participationClause(
  participant: keyof typeof PARTICIPATION_TABLES,
  alias: string,
  filter: ProjectParticipation,
): { sql: string; parameters: Record<string, unknown> } {
  const { table, column } = PARTICIPATION_TABLES[participant];
  const roles = uniqueParameter('roles');
  const statuses = uniqueParameter('statuses');
  const clauses = [`pl.${column} = ${alias}.id`];
  if (filter.roles?.length) clauses.push(`pl.role IN (:...${roles})`);
  if (filter.statuses?.length) clauses.push(`lp.status IN (:...${statuses})`);
  return {
    sql: `EXISTS (SELECT 1 FROM ${table} pl JOIN projects lp ON lp.id = pl.project_id AND lp.deleted_at IS NULL WHERE ${clauses.join(' AND ')})`,
    parameters: { [roles]: filter.roles, [statuses]: filter.statuses },
  };
}
