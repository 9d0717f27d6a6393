import { Column, Entity } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';

/** The file attached to a document, stored in the database; at most one per document. */
@Entity('document_files')
export class DocumentFile extends LinkEntity {
  @Column({ type: 'uuid' })
  documentId: string;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Not loaded unless asked for: files can be large. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;
}
