import { Column, Entity } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';

/** A tag on one record; exactly one of the target columns is set. */
@Entity('taggings')
export class Tagging extends LinkEntity {
  @Column({ type: 'uuid' })
  tagId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  documentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  needId: string | null;
}
