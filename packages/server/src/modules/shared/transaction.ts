import type { EntityManager } from 'typeorm';
import type { GraphQLContext } from '../../core/graphql/context';
import type { Actor } from './audit-writer';

export function actorOf(context: GraphQLContext): Actor {
  return { userId: context.viewer?.userId ?? null, requestId: context.requestId };
}

/**
 * Runs a mutation's work in one transaction with its audit entries: all of it or none of it.
 * What this request loaded before is forgotten afterwards, so the answer shows the change.
 */
export async function mutation<T>(
  context: GraphQLContext,
  work: (manager: EntityManager, actor: ReturnType<typeof actorOf>) => Promise<T>,
): Promise<T> {
  const result = await context.dataSource.transaction((manager) => work(manager, actorOf(context)));
  context.loaders.clearAll();
  return result;
}
