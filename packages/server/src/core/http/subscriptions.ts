import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { GraphQLContext, ServerSettings } from '../graphql/context';
import { Loaders } from '../graphql/loaders';
import type { Logger } from '../log/logger';

/** Who opens a WebSocket: from its upgrade request and its `connectionParams`; throws to refuse. */
export type SocketAuthenticator = (
  request: IncomingMessage,
  params: Record<string, unknown> | undefined,
) => Promise<Viewer | null>;

export interface SubscriptionServerOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  authenticate: SocketAuthenticator;
  validationRules: ValidationRule[];
  maxTokens: number;
  settings: ServerSettings;
}

/** A subscription message is small: the operation and its few variables. */
const MAX_MESSAGE_BYTES = 64 * 1024;

type SocketExtra = Record<PropertyKey, unknown>;

const refused = (message: string) => [new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } })];

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) at /graphql, beside Apollo on the same HTTP
 * server. Only subscriptions: queries and mutations go over HTTP, with its rate limits. Nobody
 * anonymous: the connection is closed with 4403 Forbidden unless a session or an API token vouches for it.
 * Returns the Apollo plugin that closes the sockets when the server drains.
 */
export function subscriptionServer(options: SubscriptionServerOptions): ApolloServerPlugin {
  const { schema, logger } = options;
  const sockets = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          const viewer = await options.authenticate(ctx.extra.request, ctx.connectionParams);
          return viewer !== null;
        } catch (error) {
          logger.debug({ err: error }, 'live updates: connection refused');
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refused('The message names no operation to run');
        if (operation.operation !== 'subscription') {
          return refused('Only subscriptions go over WebSocket; send queries and mutations over HTTP');
        }
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length > 0) return errors;
        // Authenticated again for each subscription: a session signed out since is refused.
        const viewer = await options.authenticate(ctx.extra.request, ctx.connectionParams).catch(() => null);
        if (!viewer) return refused('The session or token is no longer valid');
        const contextValue: GraphQLContext = {
          requestId: `ws-${id}`,
          dataSource: options.dataSource,
          logger,
          viewer,
          loaders: new Loaders(),
          settings: options.settings,
        };
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables ?? undefined,
          contextValue,
        };
      },
    },
    sockets,
  );
  return {
    serverWillStart() {
      return Promise.resolve({
        drainServer: async () => {
          await cleanup.dispose();
        },
      });
    },
  };
}
