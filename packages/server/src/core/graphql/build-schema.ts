import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { validateArgs } from './validate-args';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverClass = Function;

/**
 * Descriptions type-graphql cannot take: the root types, and the connection and edge types
 * made by `ConnectionType` for each node type.
 */
function describeGeneratedTypes(schema: GraphQLSchema): void {
  const roots: [ReturnType<GraphQLSchema['getQueryType']>, string][] = [
    [schema.getQueryType(), 'Reads. Everything but `version` and `me` needs a session or an API token.'],
    [schema.getMutationType(), 'Writes. Each runs in one transaction with its change history entries.'],
    [schema.getSubscriptionType(), 'Live updates, over WebSocket (graphql-ws) at /graphql.'],
  ];
  for (const [type, description] of roots) if (type && !type.description) type.description = description;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.description) continue;
    const node = type.name.replace(/(Connection|Edge)$/, '');
    if (type.name.endsWith('Connection')) type.description = `A page of ${node} items (Relay connection).`;
    else if (type.name.endsWith('Edge')) type.description = `A ${node} in a list, with its cursor.`;
  }
}

/**
 * Subscriptions name their own source of events (`subscribe`); type-graphql's topics are not
 * used, so nothing may publish to or subscribe through them.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('subscriptions take their events from their own subscribe function');
  },
  subscribe: () => {
    throw new Error('subscriptions take their events from their own subscribe function');
  },
};

/** Builds the executable schema from resolver classes, validating inputs with class-validator. */
export async function buildGraphQLSchema(resolvers: NonEmptyArray<ResolverClass>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validateFn: validateArgs,
    pubSub: NO_TOPICS,
  });
  describeGeneratedTypes(schema);
  return schema;
}
