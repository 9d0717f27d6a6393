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
  /** How often an open connection's credentials are checked again. */
  recheckMs?: number;
}

/** Most a client needs is a few: one per page and list it shows. */
const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;

/** Who a viewer is, for what they may see: a change of role or teams changes their events. */
const scopeOf = (viewer: Viewer) => `${viewer.role}|${viewer.userId}|${[...viewer.teamIds].sort().join(',')}`;

/** The session or token ended (sign-out, expiry, revocation): graphql-ws clients do not retry it. */
const FORBIDDEN = 4403;
/** The viewer's role or teams changed: the client connects again, and its subscriptions start over in the new scope. */
const SERVICE_RESTART = 1012;

/** A subscription message is small: the operation and its few variables. */
const MAX_MESSAGE_BYTES = 64 * 1024;

type SocketExtra = Record<PropertyKey, unknown>;

const refused = (message: string) => [new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } })];

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) at /graphql, beside Apollo on the same HTTP
 * server. Only subscriptions: queries and mutations go over HTTP, with its rate limits. Nobody
 * anonymous: the connection is closed with 4403 Forbidden unless a session or an API token
 * vouches for it, and so it is later once they no longer do (checked again every `recheckMs`).
 * Returns the Apollo plugin that closes the sockets when the server drains.
 */
export function subscriptionServer(options: SubscriptionServerOptions): ApolloServerPlugin {
  const { schema, logger } = options;
  const sockets = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const authenticate = () => options.authenticate(ctx.extra.request, ctx.connectionParams);
        const viewer = await authenticate().catch((error: unknown) => {
          logger.debug({ err: error }, 'live updates: connection refused');
          return null;
        });
        if (!viewer) return false;
        const socket = ctx.extra.socket;
        const recheck = setInterval(() => {
          authenticate().then(
            (now) => {
              if (!now) socket.close(FORBIDDEN, 'Forbidden');
              else if (scopeOf(now) !== scopeOf(viewer)) socket.close(SERVICE_RESTART, 'Your access changed');
            },
            () => socket.close(FORBIDDEN, 'Forbidden'),
          );
        }, options.recheckMs ?? 60_000);
        recheck.unref();
        socket.once('close', () => clearInterval(recheck));
        return true;
      },
      onSubscribe: async (ctx, id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
        if (Object.keys(ctx.subscriptions).length >= MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return refused(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions may be open on one connection`);
        }
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
