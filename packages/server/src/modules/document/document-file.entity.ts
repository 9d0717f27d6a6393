import { Column, Entity } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';

/** The file attached to a document, stored in the database; at most one per document. */
@ObjectType({ description: 'The file attached to a document; upload and download it at its `url`.' })
@Entity('document_files')
export class DocumentFile extends LinkEntity {
  @Column({ type: 'uuid' })
  documentId: string;

  @Field({ description: 'Its name, as uploaded.' })
  @Column({ type: 'text' })
  fileName: string;

  @Field({ description: 'Its media type, as uploaded: application/pdf.' })
  @Column({ type: 'text' })
  contentType: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  @Column({ type: 'integer' })
  byteSize: number;

  @Field({ description: 'The SHA-256 of its bytes, in hexadecimal, computed by the server.' })
  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** Not loaded unless asked for: files can be large. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;
}

/** Where a document's file is uploaded (PUT), downloaded (GET) and removed (DELETE). */
export function documentFileUrl(documentId: string): string {
  return `/files/documents/${documentId}`;
}
