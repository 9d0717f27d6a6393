import { Column, Entity } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';

/** A contact who takes part in an activity. */
@Entity('activity_contacts')
export class ActivityContact extends LinkEntity {
  @Column({ type: 'uuid' })
  activityId: string;

  @Column({ type: 'uuid' })
  contactId: string;
}

/** A user (staff member) who takes part in an activity. */
@Entity('activity_users')
export class ActivityUser extends LinkEntity {
  @Column({ type: 'uuid' })
  activityId: string;

  @Column({ type: 'uuid' })
  userId: string;
}
