import type { GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from './core/graphql/build-schema';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { VersionResolver } from './modules/system/version.resolver';

/** The application's GraphQL schema: every domain's resolvers. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildGraphQLSchema([VersionResolver, OrganizationResolver]);
}
