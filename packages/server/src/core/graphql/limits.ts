import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Lexer, Source, TokenKind, getNamedType, type GraphQLSchema, type ValidationRule } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
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
 * Refuses an oversized document before GraphQL parses it (parsing cost grows with it); as
 * Express middleware because Apollo answers errors thrown before parsing with a 500.
 */
export function tokenLimit(maxTokens: number): RequestHandler {
  return (req, res, next) => {
    const query = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    if (typeof query === 'string' && tokensOver(query, maxTokens)) {
      res.status(400).json({
        errors: [
          { message: `This operation has more than ${maxTokens} tokens`, extensions: { code: 'BAD_USER_INPUT' } },
        ],
      });
      return;
    }
    next();
  };
}

function tooExpensive(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** Refuses an operation whose weighted cost is over the limit, after validation and before any resolver. */
function costLimitPlugin(schema: GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName,
            estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > maxCost) {
            throw tooExpensive(
              `This operation may cost ${cost} and the limit is ${maxCost}: ask for smaller pages or fewer nested lists`,
            );
          }
        },
      };
    },
  };
}

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
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin[]), costLimitPlugin(schema, limits.maxCost)],
    validationRules: protection.validationRules as ValidationRule[],
  };
}
