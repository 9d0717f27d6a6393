import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../../core/graphql/context';
import { User } from '../user/user.entity';
import { TeamMembership } from './team-membership.entity';
import { Team } from './team.entity';

type End = 'teamId' | 'userId';

/**
 * The memberships of many teams (or users) in one statement for this request, leaving out
 * those whose other end is in the trash; members by name, teams by name.
 */
export function membershipsBy(context: GraphQLContext, end: End): DataLoader<string, TeamMembership[]> {
  return context.loaders.get(`TeamMembership:by:${end}`, async (ids: readonly string[]) => {
    const [other, alias, column] = end === 'teamId' ? [User, 'u', 'user_id'] : [Team, 't', 'team_id'];
    const rows = await context.dataSource
      .getRepository(TeamMembership)
      .createQueryBuilder('m')
      .innerJoin(other, alias, `${alias}.id = m.${column} AND ${alias}.deleted_at IS NULL`)
      .where(`m.${end === 'teamId' ? 'team_id' : 'user_id'} IN (:...ids)`, { ids })
      .orderBy(`lower(${alias}.name)`)
      .addOrderBy('m.id')
      .getMany();
    const groups = new Map<string, TeamMembership[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(row[end])?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}
