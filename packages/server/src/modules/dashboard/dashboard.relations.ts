import type { GraphQLContext } from '../../core/graphql/context';
import type { SavedReport } from './saved-report.entity';
import { savedReportQuery } from './saved-report.service';

/** A live saved report the viewer may see, batched for the request; null when hidden, trashed or gone. */
export function visibleSavedReport(context: GraphQLContext, id: string): Promise<SavedReport | null> {
  return context.loaders
    .get<string, SavedReport | null>('SavedReport:visible', async (ids) => {
      const rows = await savedReportQuery(context.dataSource, context.viewer)
        .andWhere('s.id IN (:...ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    })
    .load(id);
}
