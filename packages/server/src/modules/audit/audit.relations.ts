import { In } from 'typeorm';
import type { GraphQLContext } from '../../core/graphql/context';
import { Change } from '../shared/change.entity';

/** The change that reverted each of these changes, for this request. */
export function revertOf(context: GraphQLContext) {
  return context.loaders.get<string, Change | null>('Change:revertedBy', async (ids) => {
    const reverts = await context.dataSource.manager.find(Change, { where: { revertsChangeId: In([...ids]) } });
    const byReverted = new Map(reverts.map((change) => [change.revertsChangeId!, change]));
    return ids.map((id) => byReverted.get(id) ?? null);
  });
}
