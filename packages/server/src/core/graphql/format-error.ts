import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context';
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
  'OPERATION_RESOLUTION_FAILURE',
]);

/** class-validator's nested errors as `{ 'input.name': [messages] }`, keyed from the input. */
export function fieldErrors(errors: ValidationError[], prefix = ''): FieldErrors {
  const fields: FieldErrors = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    if (error.children?.length) Object.assign(fields, fieldErrors(error.children, path));
  }
  return fields;
}

/** What the database refuses, said to the caller as bad input rather than a server fault. */
function databaseRefusal(error: QueryFailedError): { code: string; message: string } | null {
  const driver = error.driverError as { code?: string; constraint?: string; detail?: string };
  switch (driver.code) {
    case '23505':
      return {
        code: 'CONFLICT',
        message: `A record with the same unique values already exists (${driver.constraint})`,
      };
    case '23503':
      return { code: 'BAD_USER_INPUT', message: `A referenced record does not exist (${driver.constraint})` };
    case '23514':
    case '23502':
    case '22P02':
    case '22007':
    case '22008':
      return {
        code: 'BAD_USER_INPUT',
        message: `The value breaks a rule of the data model (${driver.constraint ?? driver.code})`,
      };
    default:
      return null;
  }
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

/** Errors leave the server with a code; anything unexpected is masked, with no stack outside development. */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
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
    if (original instanceof QueryFailedError) {
      const refusal = databaseRefusal(original);
      if (refusal) return { message: refusal.message, path: formatted.path, extensions: { code: refusal.code } };
    }
    if (isExpected(error)) {
      if (!production) return formatted;
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
  };
}
