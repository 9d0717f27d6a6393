import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';
import { databaseRefusal } from '../db/database-refusal';
import type { FieldErrors } from './errors';

const OWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PERSISTED_QUERY_VERSION_UNSUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** class-validator's nested errors as `{ 'input.name': [messages] }`, keyed from the input. */
function fieldErrors(errors: ValidationError[] | undefined, prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of Array.isArray(errors) ? errors : []) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(fields, fieldErrors(error.children, path));
  }
  return fields;
}

/** Whether an error is one of ours (or GraphQL's own), said to the client as it is. */
function isExpected(error: unknown): boolean {
  // GraphQL's own errors (syntax, validation, variable values) carry no cause: the client's.
  if (error instanceof GraphQLError && !error.originalError) return true;
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) return true;
  if (original instanceof QueryFailedError) return databaseRefusal(original) !== null;
  const code = (original as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && OWN_CODES.has(code);
}

/** Logs each unexpected error once, with the request's id, before it is masked. */
export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isExpected(error)) continue;
            contextValue.logger.error(
              { err: unwrapResolverError(error), path: error.path, requestId: contextValue.requestId },
              'unexpected error in a GraphQL operation',
            );
          }
        },
      };
    },
  };
}

/** Apollo's own persisted-query refusals that come without a code of their own. */
const PERSISTED_QUERY_REFUSALS: Record<string, GraphQLFormattedError> = {
  'provided sha does not match query': {
    message: "The persisted query's hash does not match its text",
    extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' },
  },
  'Unsupported persisted query version': {
    message: 'Only version 1 of persisted queries is supported',
    extensions: { code: 'PERSISTED_QUERY_VERSION_UNSUPPORTED' },
  },
};

/** A refusal of Apollo's HTTP handling (a 4xx) that came without a code. */
function isUncodedRefusal(error: unknown): boolean {
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : 0;
  return !(error as GraphQLError).extensions?.code && typeof status === 'number' && status >= 400 && status < 500;
}

function format(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    return {
      message: 'The input is not valid',
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: fieldErrors(original.extensions.validationErrors as ValidationError[]),
      },
    };
  }
  const refusal = databaseRefusal(original);
  if (refusal) return { message: refusal.message, path: formatted.path, extensions: { code: refusal.code } };
  const persistedQueryRefusal = PERSISTED_QUERY_REFUSALS[formatted.message];
  if (persistedQueryRefusal) return persistedQueryRefusal;
  if (isUncodedRefusal(error)) return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  if (isExpected(error)) {
    // Stack traces stay in the logs, in every mode.
    const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: production
      ? { code: 'INTERNAL_SERVER_ERROR' }
      : { code: 'INTERNAL_SERVER_ERROR', detail: original instanceof Error ? original.message : String(original) },
  };
}

/**
 * Errors leave the server with a code; anything unexpected is masked (with its message as
 * `detail` outside production). The formatter itself never throws: an error while formatting
 * is masked too.
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      return format(formatted, error, production);
    } catch {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
  };
}
