import { createUnionType, Field, Float, ID, ObjectType, getMetadataStorage, type ClassType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql/enums';
import { kindsWith } from '../registry/record-registry';
import { kindName } from '../shared/record-kind';

/** The kinds of record that search finds, by their name in the API. */
export const SEARCH_KINDS = new Map(kindsWith('search').map((kind) => [kindName(kind), kind]));
export const SEARCH_TYPES = [...SEARCH_KINDS.keys()];
export type SearchTypeValue = string;
export const SearchType = graphqlEnum(SEARCH_TYPES, 'SearchType', 'The kinds of record that search finds.');

/**
 * Whether a class is a GraphQL object type. The union only holds the kinds of record the API
 * already shows, so that it grows by itself as each domain gains its type.
 */
export function isGraphQLObjectType(target: ClassType): boolean {
  return getMetadataStorage().objectTypes.some((type) => type.target === target);
}

export const SearchRecord = createUnionType({
  name: 'SearchRecord',
  description: 'A record that search found.',
  types: () =>
    [...SEARCH_KINDS.values()].map((kind) => kind.entity).filter(isGraphQLObjectType) as unknown as [ClassType],
});

@ObjectType({ description: 'A record that matches a search, with what to show of it in a list of results.' })
export class SearchHit {
  @Field(() => SearchType, { description: 'What kind of record it is.' })
  type: SearchTypeValue;

  @Field(() => ID, { description: 'The id of the record.' })
  id: string;

  @Field({ description: 'Its name or title.' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description: 'A line about it: acronym and place, job title, kind of document, category of need.',
  })
  subtitle: string | null;

  @Field(() => Float, {
    description:
      'Relevance, higher first: exact and prefix name matches come before other matches, and a name close to the query before a longer one that mentions it.',
  })
  score: number;

  @Field(() => String, {
    nullable: true,
    description: 'For documents, passages of the body around the matched words, which are wrapped in `**`.',
  })
  snippet: string | null;
}

@ObjectType({ description: 'An organization whose name is close to a given one: a possible duplicate.' })
export class SimilarOrganization {
  organizationId: string;

  @Field(() => Float, { description: 'How close, from 0 to 1; 1 for the same name or acronym.' })
  score: number;
}

@ObjectType({ description: 'A contact who may be the person being entered: a possible duplicate.' })
export class SimilarContact {
  contactId: string;

  @Field(() => Float, {
    description: 'How close, higher first: the name similarity from 0 to 1, plus 1 when the email is the same.',
  })
  score: number;

  @Field({ description: 'Whether the contact has the given email address.' })
  sameEmail: boolean;
}
