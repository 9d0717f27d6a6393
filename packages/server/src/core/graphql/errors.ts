import { GraphQLError } from 'graphql';

/** The error codes of the API conventions, in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** Per-field messages: `{ name: ['must not be blank'] }`. */
export type FieldErrors = Record<string, string[]>;

export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadUserInputError extends ApiError {
  /** `details` adds machine-readable extensions, such as a `reason` a form can act on. */
  constructor(message: string, fields: FieldErrors = {}, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, { ...details, fields });
  }

  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError(`${field} ${message}`, { [field]: [message] });
  }
}

/** Bad input found before anything ran: the whole request is refused with HTTP 400. */
export function refusedInput(message: string, fields?: FieldErrors): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(fields ? { fields } : {}), http: { status: 400 } },
  });
}

export class NotFoundError extends ApiError {
  constructor(type: string, id: string) {
    super('NOT_FOUND', `${type} ${id} does not exist or is not visible to you`, { type, id });
  }
}

/** A stale `version`: the record changed since the caller read it. Carries the current record. */
export class ConflictError extends ApiError {
  constructor(message: string, current?: unknown) {
    super('CONFLICT', message, current === undefined ? {} : { current });
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message = 'You must sign in or send an API token') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends ApiError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}
