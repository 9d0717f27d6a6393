import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { recordById } from '../shared/record-loaders';
import { MAX_QUERY_LENGTH } from './search-sql';
import { MAX_SEARCH_HITS, search } from './search.service';
import {
  SEARCH_KINDS,
  SearchHit,
  SearchRecord,
  SearchType,
  isGraphQLObjectType,
  type SearchTypeValue,
} from './search.types';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Authorized()
  @Query(() => [SearchHit], {
    description:
      'Organizations, contacts, projects, documents and needs matching what a person typed, best first. ' +
      'Words match as prefixes ("karls inst"), names also despite typos ("Kralsruhe"); quotes, OR and -word ' +
      'work as in web search. Editors and admins also find contacts by email. Trashed records and documents ' +
      'hidden from the viewer never appear.',
  })
  search(
    @Arg('query', { description: `What to look for, ${MAX_QUERY_LENGTH} characters at most.` }) query: string,
    @Arg('types', () => [SearchType], { nullable: true, description: 'Only these kinds of record; all when absent.' })
    types: SearchTypeValue[] | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many hits, ${MAX_SEARCH_HITS} at most.` })
    first: number,
    @Ctx() context: GraphQLContext,
  ) {
    return search(context.dataSource, context.viewer!, { query, types, first });
  }

  @FieldResolver(() => SearchRecord, {
    nullable: true,
    description: 'The record itself; null if it was erased since, or if the API does not show its kind yet.',
  })
  record(@Root() hit: SearchHit, @Ctx() context: GraphQLContext) {
    const entity = SEARCH_KINDS.get(hit.type)!.entity;
    return isGraphQLObjectType(entity) ? recordById(context, entity).load(hit.id) : null;
  }
}
