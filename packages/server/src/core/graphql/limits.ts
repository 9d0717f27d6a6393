import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { RequestHandler } from 'express';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  BREAK,
  GraphQLError,
  Kind,
  Lexer,
  parse,
  visit,
  OperationTypeNode,
  Source,
  TokenKind,
  getNamedType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { refusedInput } from './errors';
import { checkOperationInput } from './operation-input';
import { DEFAULT_PAGE_SIZE } from './pagination';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Each field costs 1; a list costs its page size times what each item asks for. */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 20,
  maxTokens: 5_000,
  maxDirectives: 20,
  maxCost: 250_000,
};

/** A connection costs what one item asks for, times the number of items it may return. */
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const size = args.first ?? args.last;
  if (typeof size === 'number') return 1 + childComplexity * Math.max(size, 1);
  if (getNamedType(field.type).name.endsWith('Connection')) return 1 + childComplexity * DEFAULT_PAGE_SIZE;
  return undefined;
};

/** Counts a document's tokens, stopping past `max`; a syntax error is left to the parser to report. */
function tokensOver(query: string, max: number): boolean {
  try {
    const lexer = new Lexer(new Source(query));
    let count = 0;
    while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) return true;
  } catch {
    return false;
  }
  return false;
}

/**
 * The most fields of one name in one selection set (`{ id id id … }`), which GraphQL's
 * validation compares pairwise: thousands of them blocked the event loop for most of a second.
 */
export const MAX_REPEATED_FIELDS = 50;

/** Whether some selection set asks for one response name more than `max` times. */
function repeatsFields(query: string, max: number): boolean {
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return false; // GraphQL reports the syntax error
  }
  let repeated = false;
  visit(document, {
    SelectionSet(node) {
      const counts = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const name = (selection.alias ?? selection.name).value;
        const count = (counts.get(name) ?? 0) + 1;
        counts.set(name, count);
        if (count > max) {
          repeated = true;
          return BREAK;
        }
      }
      return undefined;
    },
  });
  return repeated;
}

/**
 * Refuses an oversized document before GraphQL parses it (parsing cost grows with it), and one
 * repeating a field past MAX_REPEATED_FIELDS before GraphQL validates it; as Express middleware
 * because Apollo answers errors thrown before parsing with a 500.
 */
export function tokenLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    if (typeof query !== 'string') return next();
    let message: string | null = null;
    if (tokensOver(query, maxTokens)) message = `This operation has more than ${maxTokens} tokens`;
    else if (repeatsFields(query, MAX_REPEATED_FIELDS)) {
      message = `This operation asks for one field more than ${MAX_REPEATED_FIELDS} times in one place`;
    }
    if (message) {
      res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    next();
  };
}

/** Refuses an operation the server does not run: a subscription (there are none yet). */
function refuseSubscription(operation: OperationDefinitionNode): void {
  if (operation.operation !== OperationTypeNode.SUBSCRIPTION) return;
  throw new GraphQLError('Subscriptions are not supported: send a query or a mutation', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

/** The operation's weighted cost (its variables are already checked); null when too large to weigh. */
function costOf(schema: GraphQLSchema, document: DocumentNode, request: GraphQLRequest): number | null {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: request.variables ?? {},
      operationName: request.operationName,
      estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    // Too many nodes to weigh (fragments spread over and over).
    if (error instanceof GraphQLError) return null;
    throw error;
  }
}

/**
 * After validation and before any resolver: refuses subscriptions, coerces and checks the
 * variables and strings (operation-input.ts), then refuses an operation whose weighted cost is
 * over the limit.
 */
function operationChecksPlugin(schema: GraphQLSchema, maxCost: number, production: boolean): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return; // no such operation: execution says so (OPERATION_RESOLUTION_FAILURE)
          refuseSubscription(operation);
          checkOperationInput(schema, document, operation, request.variables, production);
          const cost = costOf(schema, document, request);
          if (cost === null) throw refusedInput('This operation spreads its fragments too many times to be weighed');
          if (cost > maxCost) {
            throw refusedInput(
              `This operation may cost ${cost} and the limit is ${maxCost}: ask for smaller pages or fewer nested lists`,
            );
          }
        },
      };
    },
  };
}

/** Armor's refusals, reported as validation errors without its "Syntax Error:" prefix. */
const onLimit = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: 'BAD_USER_INPUT' } }),
      ),
  ],
};

/**
 * Bounds on depth, aliases, tokens, directives and cost, so that an oversized or hostile
 * operation is refused with a 400 and a clear message before any resolver runs.
 */
export function queryLimits(
  schema: GraphQLSchema,
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
  production = false,
): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...onLimit },
    // `__typename` counts like any field: a thousand aliases of it are as much work.
    maxAliases: { n: limits.maxAliases, allowList: [], ...onLimit },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...onLimit },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return {
    plugins: [
      ...(protection.plugins as ApolloServerPlugin[]),
      operationChecksPlugin(schema, limits.maxCost, production),
    ],
    validationRules: protection.validationRules as ValidationRule[],
  };
}
