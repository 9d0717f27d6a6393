import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { buildGraphQLSchema, type ResolverClass } from './core/graphql/build-schema';
import { APP_MODULES } from './modules/app-modules';

/** The application's GraphQL schema: every module's resolvers. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  const resolvers = APP_MODULES.flatMap((module) => module.resolvers);
  return buildGraphQLSchema(resolvers as NonEmptyArray<ResolverClass>);
}
