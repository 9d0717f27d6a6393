import {
  coerceInputValue,
  GraphQLError,
  isInputType,
  Kind,
  typeFromAST,
  valueFromAST,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { refusedInput, type FieldErrors } from './errors';

/** Coercion stops after this many errors: enough to fix a request, never a flood. */
export const MAX_INPUT_ERRORS = 5;
/** No message repeats more of a client's value than this. */
const MAX_MESSAGE_LENGTH = 200;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why the API refuses a string anywhere: PostgreSQL stores no NUL, and text must be valid Unicode. */
function stringProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode (it holds a lone surrogate)';
  return null;
}

const shorten = (message: string) =>
  message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;

/** `f.k0`, `input.emails[1]`: where a value sits in a variable. */
function pathName(root: string, path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${shorten(key)}`),
    root,
  );
}

class InputErrors {
  readonly fields: FieldErrors = {};
  count = 0;

  /** Keeps an error; past the limit, stops the work that found it (unless `stop` is false). */
  add(field: string, message: string, stop = true): void {
    (this.fields[field] ??= []).push(shorten(message));
    if (++this.count >= MAX_INPUT_ERRORS && stop) throw this;
  }

  /** Throws the request's refusal, if anything was found. */
  refuse(): void {
    if (this.count === 0) return;
    const [field, [message]] = Object.entries(this.fields)[0];
    const more = this.count > 1 ? ` (and ${this.count - 1} more)` : '';
    throw refusedInput(`${field}: ${message}${more}`, this.fields);
  }
}

/** Each string (and object key) in a coerced value, with its path; iterative, so any depth is safe. */
function checkStrings(value: unknown, root: string, errors: InputErrors): void {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [current, name] = stack.pop()!;
    if (typeof current === 'string') {
      const problem = stringProblem(current);
      if (problem) errors.add(name, problem);
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => stack.push([item, `${name}[${index}]`]));
    } else if (current !== null && typeof current === 'object' && !(current instanceof Date)) {
      for (const [key, item] of Object.entries(current)) {
        // Keys too: a JSON scalar's object carries the client's own.
        const problem = stringProblem(key);
        if (problem) errors.add(`${name}.${shorten(key)}`, `has a key that ${problem}`);
        stack.push([item, `${name}.${shorten(key)}`]);
      }
    }
  }
}

/** String literals of the document that the database could not take, named by argument. */
function checkLiterals(document: DocumentNode, errors: InputErrors): void {
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      const problem = stringProblem(node.value);
      if (problem) errors.add(names.join('.') || 'query', problem);
    },
  });
}

/**
 * Coerces an operation's variables once, before any limit or resolver reads them, and checks
 * every string of the request. Coercion stops at the first few errors, and messages name the
 * place of a bad value without repeating the value (a variable of many unknown keys used to be
 * printed whole in one message per key). Throws a BAD_USER_INPUT refusal (HTTP 400).
 */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  raw: Record<string, unknown> | undefined,
  hideSuggestions: boolean,
): Record<string, unknown> {
  const errors = new InputErrors();
  const coerced: Record<string, unknown> = {};
  try {
    checkLiterals(document, errors);
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type);
      if (!type || !isInputType(type)) continue; // refused by validation already
      if (raw && Object.hasOwn(raw, name)) {
        coerced[name] = coerceInputValue(
          raw[name],
          type,
          (path, _value, error) => errors.add(pathName(name, path), error.message),
          hideSuggestions,
        );
      } else if (definition.defaultValue) {
        coerced[name] = valueFromAST(definition.defaultValue, type);
      } else if (definition.type.kind === Kind.NON_NULL_TYPE) {
        errors.add(name, 'is required');
      }
      checkStrings(coerced[name], name, errors);
    }
  } catch (error) {
    if (error instanceof RangeError) errors.add('variables', 'are nested too deeply', false);
    else if (!(error instanceof InputErrors || error instanceof GraphQLError)) throw error;
  }
  errors.refuse();
  return coerced;
}
