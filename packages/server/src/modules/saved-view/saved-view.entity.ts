import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import type { Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

/**
 * What a view can be saved of: the list of each owned kind of record that carries tags (a test keeps
 * them equal to the registry's), and the relationship graph.
 */
export const SAVED_VIEW_KINDS = [
  'organization',
  'contact',
  'project',
  'activity',
  'document',
  'need',
  'lead',
  'opportunity',
  'graph',
] as const;
export type SavedViewKind = (typeof SAVED_VIEW_KINDS)[number];
export const SavedViewKindEnum = graphqlEnum(
  SAVED_VIEW_KINDS,
  'SavedViewKind',
  'The list a saved view shows, or GRAPH for a view of the relationship graph.',
);

/** A named list view (press lists, sponsor lists, campaign targets) or graph view. */
@ObjectType({
  description:
    'A named view of a list (which list, its filters, sort and columns) or of the relationship graph (its URL query), owned by a user and shown to them alone (PRIVATE), their team or everyone.',
})
@Entity('saved_views')
export class SavedView extends OwnedRecordEntity {
  @Field({ description: 'Its name, as the navigation shows it.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => SavedViewKindEnum, { description: 'The list it shows, or GRAPH.' })
  @Column({ type: 'text' })
  kind: SavedViewKind;

  @Field(() => GraphQLJSONObject, {
    description:
      'The list\'s filters, as the web app keeps them in the list\'s URL: `{ "country": "DE" }`; for GRAPH, the graph view\'s whole URL query (seeds, depth, filters, selection, camera): `{ "seeds": "…", "depth": "2" }`.',
  })
  @Column({ type: 'jsonb', default: {} })
  filters: Record<string, unknown>;

  @Field(() => String, {
    nullable: true,
    description: 'The sort, as the list keeps it (`name:asc`); null for the default.',
  })
  @Column({ type: 'text', nullable: true })
  sort: string | null;

  @Field(() => [String], { description: 'The columns shown, in order; empty for the default ones.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  columns: string[];

  @Field(() => VisibilityEnum, { description: 'Who may see it: its owner alone, their team, or everyone.' })
  @Column({ type: 'text', default: 'private' })
  visibility: Visibility;
}

/** The fields clients edit, recorded one by one in the history. */
export const SAVED_VIEW_FIELDS = [
  'name',
  'kind',
  'filters',
  'sort',
  'columns',
  'visibility',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof SavedView)[];
