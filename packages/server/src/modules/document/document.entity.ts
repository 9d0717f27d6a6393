import { Column, Entity } from 'typeorm';
import type { Visibility } from '../../core/auth/visibility';
import { OwnedRecordEntity } from '../../core/db/record.entity';

export const DOCUMENT_KINDS = ['minutes', 'discussion', 'agreement', 'presentation', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A recorded discussion or a file, with a markdown body. */
@Entity('documents')
export class Document extends OwnedRecordEntity {
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: 'other' })
  kind: DocumentKind;

  /** Markdown. */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'text', default: 'everyone' })
  visibility: Visibility;
}
