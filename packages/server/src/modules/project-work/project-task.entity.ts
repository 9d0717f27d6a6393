import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { RecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { Project } from '../project/project.entity';

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TaskStatusEnum = graphqlEnum(TASK_STATUSES, 'TaskStatus', 'Where a project task stands.');

/** A piece of long-term work inside a project. */
@ObjectType({ description: 'A piece of long-term work inside a project.' })
@Entity('project_tasks')
export class ProjectTask extends RecordEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field({ description: 'What is to be done.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Details.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it is due.' })
  @Column({ type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => TaskStatusEnum, { description: 'Where it stands.' })
  @Column({ type: 'text', default: 'open' })
  status: TaskStatus;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;
}

/** The fields clients edit, recorded one by one in the history. */
export const PROJECT_TASK_FIELDS = [
  'title',
  'description',
  'dueDate',
  'status',
  'assigneeId',
] as const satisfies readonly (keyof ProjectTask)[];
