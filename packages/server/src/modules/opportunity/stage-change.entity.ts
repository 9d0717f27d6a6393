import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../core/graphql/enums';

const STAGE_CHANGE_CAUSES = ['create', 'manual', 'bulk', 'conversion', 'import', 'merge', 'revert', 'restore'] as const;
export type StageChangeCause = (typeof STAGE_CHANGE_CAUSES)[number];
const StageChangeCauseEnum = graphqlEnum(
  STAGE_CHANGE_CAUSES,
  'StageChangeCause',
  'What made an opportunity change stage.',
  {
    create: 'It was created at that stage.',
    manual: 'Someone moved or edited it.',
    bulk: 'A bulk action.',
    conversion: 'A lead was converted into it.',
    import: 'An import.',
    merge: 'A merge of records.',
    revert: 'A change was undone through the history.',
    restore: 'It came back from the trash.',
  },
);

/** One stage an opportunity entered: append-only, never changed. */
@ObjectType({ description: 'A stage an opportunity entered: from which, when, by whom, why.' })
@Entity('stage_changes')
export class StageChange {
  @Field(() => ID, { description: 'The unique id.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  opportunityId: string;

  @Field(() => ID, { nullable: true, description: 'The stage it left; null when it was created.' })
  @Column({ type: 'uuid', nullable: true })
  fromStageId: string | null;

  @Field(() => ID, { description: 'The stage it entered.' })
  @Column({ type: 'uuid' })
  toStageId: string;

  @Field({ description: 'When.' })
  @Column({ type: 'timestamptz' })
  changedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @Field(() => String, { nullable: true, description: 'Why, in the words of who moved it.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => StageChangeCauseEnum, { description: 'What made it change.' })
  @Column({ type: 'text' })
  cause: StageChangeCause;
}
