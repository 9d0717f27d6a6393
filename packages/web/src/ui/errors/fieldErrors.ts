import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** Field name → its first message, as a form shows them beside the inputs. */
export type FieldMessages = Record<string, string>;

/** "website must be an http or https URL" said beside the website field: "Must be an http or https URL". */
function withoutFieldName(field: string, message: string): string {
  const rest = message.startsWith(`${field} `) ? message.slice(field.length + 1) : message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * The per-field messages of a BAD_USER_INPUT answer (`extensions.fields`: `{ name: ['…'] }`,
 * possibly keyed `input.name`), by field name; empty for any other error.
 */
export function fieldErrorsOf(error: unknown): FieldMessages {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const messages: FieldMessages = {};
  for (const graphqlError of error.errors) {
    if (graphqlError.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = (graphqlError.extensions.fields ?? {}) as Record<string, string[] | string>;
    for (const [path, value] of Object.entries(fields)) {
      const field = path.replace(/^input\./, '');
      const first = Array.isArray(value) ? value[0] : value;
      if (first && !messages[field]) messages[field] = withoutFieldName(field.split('.').pop()!, first);
    }
  }
  return messages;
}
