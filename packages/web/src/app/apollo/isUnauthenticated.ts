import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** Whether an operation failed because nobody (or no longer anybody) is signed in. */
export function isUnauthenticated(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return ServerError.is(error) && error.statusCode === 401;
}
