import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ObjectType({ description: 'Where a page stands in its list (Relay).' })
export class PageInfo {
  @Field({ description: 'Whether there are items after this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether there are items before this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of this page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item of this page.' })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Items after \`after\`; ${DEFAULT_PAGE_SIZE} when no size is given, ${MAX_PAGE_SIZE} at most.`,
  })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'A cursor: the page starts after this item.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Items before \`before\` (or the end), ${MAX_PAGE_SIZE} at most.` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'A cursor: the page ends before this item.' })
  before?: string;
}

/** Which rows of the ordered list a page covers. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** Cursors are opaque to clients; inside they are positions in the ordered list. */
function encodeCursor(position: number): string {
  return Buffer.from(`p:${position}`).toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): number {
  const match = /^p:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw BadUserInputError.field(argument, 'is not a cursor of this list');
  return Number(match[1]);
}

/** The window of rows to fetch; `total` is only asked for by `last` without `before`. */
export async function pageWindow(args: PageArgs, total: () => Promise<number>): Promise<PageWindow> {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError('Ask for first or last, not both', { first: ['cannot be used with last'] });
  }
  if (args.last != null) {
    const end = args.before != null ? decodeCursor(args.before, 'before') : await total();
    const offset = Math.max(0, end - args.last);
    return { offset, limit: end - offset };
  }
  const offset = args.after != null ? decodeCursor(args.after, 'after') + 1 : 0;
  const end = args.before != null ? decodeCursor(args.before, 'before') : Infinity;
  return { offset, limit: Math.max(0, Math.min(args.first ?? DEFAULT_PAGE_SIZE, end - offset)) };
}

interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Page<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Counted only when a client asks for it. */
  readonly totalCount: Promise<number> | number;
}

/** Builds a page from the rows of a window fetched with one extra row to see past its end. */
export function toPage<T>(rows: T[], window: PageWindow, total: () => Promise<number> | number): Page<T> {
  const hasNextPage = rows.length > window.limit;
  const nodes = hasNextPage ? rows.slice(0, window.limit) : rows;
  const edges = nodes.map((node, index) => ({ node, cursor: encodeCursor(window.offset + index) }));
  let counted: Promise<number> | number | undefined;
  return {
    edges,
    nodes,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    get totalCount() {
      counted ??= total();
      return counted;
    },
  };
}

/** The GraphQL connection type of a node type: `<Name>Connection` with `<Name>Edge`s. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string = node.name) {
  @ObjectType(`${name}Edge`, { description: `A ${name} in a list, with its cursor.` })
  class EdgeType {
    @Field(() => node, { description: `The ${name}.` })
    node: T;

    @Field({ description: 'Where this item stands, for `after` and `before`.' })
    cursor: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay connection).` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges: EdgeType[];

    @Field(() => [node], { description: 'The items of this page.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has, with the same filter.' })
    totalCount: number;
  }
  return ConnectionClass;
}
