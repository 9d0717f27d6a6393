import { Column, Entity } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';

/** A record an activity concerns; exactly one of the target columns is set. */
@Entity('activity_links')
export class ActivityLink extends LinkEntity {
  @Column({ type: 'uuid' })
  activityId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  needId: string | null;
}
