import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../../core/graphql/context';
import { Lead } from './lead.entity';
import { visibleLeads } from './lead.policy';

/** Leads by id for this request, trashed ones included, hidden ones as null (as if missing). */
export function visibleLeadById(context: GraphQLContext): DataLoader<string, Lead | null> {
  return context.loaders.get('Lead:visibleById', async (ids: readonly string[]) => {
    const visible = visibleLeads('l', context.viewer);
    const rows = await context.dataSource
      .getRepository(Lead)
      .createQueryBuilder('l')
      .withDeleted()
      .where('l.id IN (:...ids)', { ids })
      .andWhere(visible.sql, visible.parameters)
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
