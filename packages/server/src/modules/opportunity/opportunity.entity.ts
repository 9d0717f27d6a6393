import { GraphQLLocalDate } from 'graphql-scalars';
import { Column, Entity } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import type { Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { OwnedRecordEntity } from '../../core/db/record.entity';

/** PostgreSQL hands `numeric` back as text: numbers in, numbers out. */
const numeric = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** An organization and/or project being brought on board, moving through a pipeline's stages. */
@ObjectType({
  description:
    'An organization and/or project being brought on board (an engagement, a partnership), at a stage of a pipeline.',
})
@Entity('opportunities')
export class Opportunity extends OwnedRecordEntity {
  @Field({ description: 'What is being pursued, in a few words.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => ID, { description: 'The pipeline it moves through.' })
  @Column({ type: 'uuid' })
  pipelineId: string;

  @Field(() => ID, { description: 'Its current stage, one of its pipeline’s.' })
  @Column({ type: 'uuid' })
  stageId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => Float, { nullable: true, description: 'What it is expected to bring, in its pipeline’s unit.' })
  @Column({ type: 'numeric', precision: 16, scale: 2, nullable: true, transformer: numeric })
  expectedValue: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it is expected to close.' })
  @Column({ type: 'date', nullable: true })
  expectedDate: string | null;

  @Field(() => String, { nullable: true, description: 'What is to be done next.' })
  @Column({ type: 'text', nullable: true })
  nextStep: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was lost, when it is at a LOST stage.' })
  @Column({ type: 'text', nullable: true })
  lostReason: string | null;

  @Field({ description: 'When it entered its current stage.' })
  @Column({ type: 'timestamptz' })
  stageEnteredAt: Date;

  @Field(() => VisibilityEnum, { description: 'Who may see it.' })
  @Column({ type: 'text', default: 'everyone' })
  visibility: Visibility;
}

/** The fields clients edit, recorded one by one in the history. */
export const OPPORTUNITY_FIELDS = [
  'title',
  'pipelineId',
  'stageId',
  'organizationId',
  'projectId',
  'expectedValue',
  'expectedDate',
  'nextStep',
  'lostReason',
  'visibility',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Opportunity)[];
