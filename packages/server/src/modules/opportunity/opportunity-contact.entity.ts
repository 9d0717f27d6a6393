import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';

/** A main contact of an opportunity, with their role in it. */
@ObjectType({ description: 'A main contact of an opportunity, with their role in it.' })
@Entity('opportunity_contacts')
export class OpportunityContact extends LinkEntity {
  @Column({ type: 'uuid' })
  opportunityId: string;

  @Column({ type: 'uuid' })
  contactId: string;

  @Field(() => String, { nullable: true, description: 'Their role: champion, decision maker, technical contact …' })
  @Column({ type: 'text', nullable: true })
  role: string | null;
}
