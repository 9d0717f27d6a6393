import type { ErrorRequestHandler } from 'express';
import { databaseRefusal } from '../db/database-refusal';
import { MAX_JSON_VALUES } from './json-body';

/** An HTTP error of a request the client got wrong, as body-parser and its kin raise them. */
interface ClientError {
  status: number;
  code: string;
  message: string;
}

/** What a body-parser failure (or another client error raised before a handler) means. */
function clientError(error: unknown): ClientError | null {
  const refusal = databaseRefusal(error);
  if (refusal) return refusal;
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  switch (type) {
    case 'entity.parse.failed':
      return { status, code: 'BAD_REQUEST', message: 'The body is not valid JSON' };
    case 'entity.too.large':
      return { status, code: 'PAYLOAD_TOO_LARGE', message: 'The body is larger than the limit of 1 MB' };
    case 'entity.too.many.values':
      return {
        status,
        code: 'PAYLOAD_TOO_LARGE',
        message: `The body holds more than ${MAX_JSON_VALUES} JSON values and keys`,
      };
    case 'charset.unsupported':
      return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body in UTF-8' };
    case 'encoding.unsupported':
      return { status, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the body as it is, gzip or deflate' };
    case 'request.aborted':
      return { status, code: 'BAD_REQUEST', message: 'The request was interrupted' };
    default:
      return { status, code: 'BAD_REQUEST', message: 'The request could not be read' };
  }
}

/**
 * Errors raised before `/graphql` reaches GraphQL (invalid JSON, an unsupported charset, a bad
 * gzip stream, a body over the limit) answered as GraphQL errors with a code; never a page
 * with a stack trace. Anything else is logged and masked.
 */
export function graphqlHttpErrors(): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = clientError(error);
    if (!known) req.log.error({ err: error }, 'unexpected error before a GraphQL operation');
    const { status, code, message } = known ?? {
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Internal server error',
    };
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}

/**
 * The last handler of the app: a short plain-text answer with the right status, never a stack
 * trace (in any mode); the log keeps the error.
 */
export function lastErrorHandler(): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = clientError(error);
    if (!known) req.log.error({ err: error }, 'unexpected error in a request');
    res
      .status(known?.status ?? 500)
      .type('text')
      .send(known?.message ?? 'Internal server error');
  };
}
