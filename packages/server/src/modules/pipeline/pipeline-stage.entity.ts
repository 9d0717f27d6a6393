import { Column, Entity } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
export const StageKindEnum = graphqlEnum(
  STAGE_KINDS,
  'StageKind',
  'Whether a stage is still OPEN, or ends as WON or LOST.',
  {
    open: 'Still under way.',
    won: 'Ended well: brought on board, agreed.',
    lost: 'Ended without success: not pursued, lost.',
  },
);

/**
 * A stage of a pipeline. Removing a stage keeps its row (`removedAt`, no position) so that the
 * stage history still names it.
 */
@ObjectType({ description: 'A stage of a pipeline, in its order.' })
@Entity('pipeline_stages')
export class PipelineStage extends LinkEntity {
  @Field(() => ID, { description: 'The pipeline it belongs to.' })
  @Column({ type: 'uuid' })
  pipelineId: string;

  @Field({ description: 'Its name: Induction, Proposal …' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => StageKindEnum, { description: 'OPEN, WON or LOST.' })
  @Column({ type: 'text', default: 'open' })
  kind: StageKind;

  @Field(() => Int, { nullable: true, description: 'The chance, in percent, that an opportunity here is won.' })
  @Column({ type: 'integer', nullable: true })
  probability: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'After how many days in this stage an open opportunity is rotting; null: never.',
  })
  @Column({ type: 'integer', nullable: true })
  rottingDays: number | null;

  @Field(() => Int, { nullable: true, description: 'Its place in the pipeline, from 0; null once removed.' })
  @Column({ type: 'integer', nullable: true })
  position: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was removed from its pipeline; null while in it.' })
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}
