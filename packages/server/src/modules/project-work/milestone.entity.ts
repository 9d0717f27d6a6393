import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { RecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { Project } from '../project/project.entity';

export const MILESTONE_STATUSES = ['planned', 'reached', 'missed', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MilestoneStatusEnum = graphqlEnum(MILESTONE_STATUSES, 'MilestoneStatus', 'Where a milestone stands.');

/** A dated point of a project's progress. */
@ObjectType({ description: "A dated point of a project's progress." })
@Entity('milestones')
export class Milestone extends RecordEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field({ description: 'What is to be reached.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => GraphQLLocalDate, { description: 'When it is due.' })
  @Column({ type: 'date' })
  dueDate: string;

  @Field(() => MilestoneStatusEnum, { description: 'Where it stands.' })
  @Column({ type: 'text', default: 'planned' })
  status: MilestoneStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was reached.' })
  @Column({ type: 'date', nullable: true })
  reachedOn: string | null;
}

/** The fields clients edit, recorded one by one in the history. */
export const MILESTONE_FIELDS = [
  'title',
  'description',
  'dueDate',
  'status',
  'reachedOn',
] as const satisfies readonly (keyof Milestone)[];
