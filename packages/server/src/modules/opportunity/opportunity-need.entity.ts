import { Column, Entity } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';

/** A need an opportunity addresses. */
@Entity('opportunity_needs')
export class OpportunityNeed extends LinkEntity {
  @Column({ type: 'uuid' })
  opportunityId: string;

  @Column({ type: 'uuid' })
  needId: string;
}
