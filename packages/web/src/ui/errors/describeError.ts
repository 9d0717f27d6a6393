import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { fieldErrorsOf } from './fieldErrors';

export interface ErrorDescription {
  /** The API's `extensions.code`, or NETWORK / SERVER for failures outside GraphQL. */
  code: string;
  title: string;
  message: string;
  /** One line per field for invalid input: "Website: must be an http or https URL". */
  details: string[];
}

const SENTENCES: Record<string, { title: string; message: string }> = {
  BAD_USER_INPUT: { title: 'Some input needs attention', message: 'The server did not accept some of the values.' },
  CONFLICT: {
    title: 'Someone else changed this meanwhile',
    message: 'This record was changed after you opened it. Load their version, check your input, then save again.',
  },
  FORBIDDEN: {
    title: 'Not allowed',
    message: 'Your role does not let you do this. Ask an administrator if you need to.',
  },
  NOT_FOUND: { title: 'Not found', message: 'This record does not exist, was deleted, or is not shared with you.' },
  UNAUTHENTICATED: { title: 'Your session ended', message: 'Sign in again; your unsaved input is kept.' },
  RATE_LIMITED: { title: 'Too many requests', message: 'Wait a minute, then try again.' },
  NETWORK: {
    title: 'The server cannot be reached',
    message: 'Check your connection, then try again.',
  },
  SERVER: {
    title: 'Something went wrong on the server',
    message: 'Try again; if it keeps failing, tell an administrator.',
  },
};

function codeOf(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => String(e.extensions?.code ?? 'SERVER'));
    return codes.find((code) => code in SENTENCES && code !== 'SERVER') ?? 'SERVER';
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 403) return 'FORBIDDEN';
    if (error.statusCode === 429) return 'RATE_LIMITED';
    if (error.statusCode === 502 || error.statusCode === 503 || error.statusCode === 504) return 'NETWORK';
    return 'SERVER';
  }
  if (ServerParseError.is(error)) return 'SERVER';
  // fetch() itself failed: offline, DNS, server down.
  if (error instanceof TypeError) return 'NETWORK';
  return 'SERVER';
}

const humanize = (field: string) => {
  const words = field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[._]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * What went wrong, in sentences a person understands. `fieldLabels` names the fields as the form
 * shows them (`{ website: 'Web site' }`).
 */
export function describeError(error: unknown, fieldLabels: Record<string, string> = {}): ErrorDescription {
  const code = codeOf(error);
  const sentence = SENTENCES[code] ?? SENTENCES.SERVER;
  const details =
    code === 'BAD_USER_INPUT'
      ? Object.entries(fieldErrorsOf(error)).map(
          ([field, message]) =>
            `${fieldLabels[field] ?? humanize(field)}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
        )
      : [];
  // A bad input without per-field messages (or with a precise one) says it in the server's words.
  const serverMessage = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
  const message =
    code === 'BAD_USER_INPUT' && details.length === 0 && serverMessage
      ? serverMessage
      : code === 'FORBIDDEN' && serverMessage
        ? `${serverMessage}. Ask an administrator if you need to.`
        : sentence.message;
  return { code, title: sentence.title, message, details };
}
