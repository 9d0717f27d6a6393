import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql/enums';
import { RECORD_KINDS, type AnyRecordKind } from '../registry/record-registry';
import { ChangeActionEnum, type ChangeAction } from '../shared/change.entity';
import { kindName } from '../shared/record-kind';

/** A kind's value in `RecordKind`, in words: `SavedReport` → `saved_report` (`SAVED_REPORT` in the API). */
const kindValueOf = (kind: { type: string }) => kindName(kind).replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const KIND_BY_VALUE = new Map<string, AnyRecordKind>(RECORD_KINDS.map((kind) => [kindValueOf(kind), kind]));
const VALUE_BY_TYPE = new Map(RECORD_KINDS.map((kind) => [kind.type, kindValueOf(kind)]));

export type RecordKindValue = string;
export const RecordKindEnum = graphqlEnum(
  [...KIND_BY_VALUE.keys()],
  'RecordKind',
  'The kinds of record, as live updates name them.',
);

/** The history's record type (`SavedReport`) of a `RecordKind` value. */
export const recordTypeOfKind = (value: RecordKindValue) => KIND_BY_VALUE.get(value)!.type;

/** The `RecordKind` value of a history record type, or null for a type that is not a kind (links). */
export const kindOfRecordType = (type: string): RecordKindValue | null => VALUE_BY_TYPE.get(type) ?? null;

@ObjectType({
  description:
    'A committed change, as live updates tell it: enough to know what to reload. Its `changeId` is the cursor a client passes as `after` when it subscribes again.',
})
export class RecordChange {
  @Field(() => ID, { description: 'The id of the change in the history.' })
  changeId: string;

  @Field(() => RecordKindEnum, {
    nullable: true,
    description: 'The kind of the changed record; null for a link record.',
  })
  kind: RecordKindValue | null;

  @Field({ description: 'The type of the changed record in the history: Organization, Contact …' })
  recordType: string;

  @Field(() => ID, { description: 'The id of the changed record.' })
  recordId: string;

  @Field(() => ChangeActionEnum, { description: 'What the change did.' })
  action: ChangeAction;

  @Field({ description: 'When the change was made (the start of its transaction).' })
  at: Date;

  actorId: string | null;
}
