import { createUnionType, Field, ID, ObjectType, type ClassType } from 'type-graphql';
import { graphqlEnum } from '../../../core/graphql/enums';
import { kindsWith } from '../../registry/record-registry';
import { kindName } from '../../shared/record-kind';

/** A kind's value in `TrashType`, in words: `savedReport` → `saved_report` (`SAVED_REPORT` in the API). */
const trashTypeOf = (kind: { type: string }) => kindName(kind).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The kinds of record that go to the trash, by their name in the API. */
export const TRASH_KINDS = new Map(kindsWith('trash').map((kind) => [trashTypeOf(kind), kind]));
export const TRASH_TYPES = [...TRASH_KINDS.keys()];
export type TrashTypeValue = string;
export const TrashType = graphqlEnum(TRASH_TYPES, 'TrashType', 'The kinds of record that go to the trash.');

export const TrashedRecord = createUnionType({
  name: 'TrashedRecord',
  description: 'A record in the trash.',
  types: () => [...TRASH_KINDS.values()].map((kind) => kind.entity) as unknown as [ClassType],
});

@ObjectType({
  description: 'A record in the trash, with who trashed it and when; restore it with its restore mutation.',
})
export class TrashItem {
  @Field(() => TrashType, { description: 'What kind of record it is.' })
  type: TrashTypeValue;

  @Field(() => ID, { description: 'The id of the record.' })
  id: string;

  @Field({ description: 'Its name, title or subject.' })
  title: string;

  @Field({ description: 'When it was moved to the trash.' })
  deletedAt: Date;

  deletedById: string | null;
}
