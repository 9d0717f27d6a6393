import { Column, Entity } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';

/** A record a document is attached to; exactly one of the target columns is set. */
@Entity('document_links')
export class DocumentLink extends LinkEntity {
  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  activityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  needId: string | null;
}
