import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../../core/db/record.entity';
import { Project } from './project.entity';

export const MILESTONE_STATUSES = ['planned', 'reached', 'missed', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A dated point of a project's progress. */
@Entity('milestones')
export class Milestone extends RecordEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'text', default: 'planned' })
  status: MilestoneStatus;

  @Column({ type: 'date', nullable: true })
  reachedOn: string | null;
}
