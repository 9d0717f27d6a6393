import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What search finds of one searchable record (`search_entries`): written by a trigger on the
 * record's table in the same statement as the record (see the search-entries migration), read by
 * search in SQL. Declared so that the data source knows every table; nothing saves it.
 */
@Entity('search_entries')
export class SearchEntry {
  @PrimaryColumn({ type: 'uuid' })
  recordId: string;

  /** The kind's name in the API, in lower case: `organization`. */
  @Column({ type: 'text' })
  kind: string;

  /** The folded name or title. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  /** Name and acronym, folded: the text of the trigram index. */
  @Column({ type: 'text' })
  folded: string;

  /** A contact's folded emails. */
  @Column({ type: 'text', nullable: true })
  emails: string | null;

  @Column({ type: 'tsvector', select: false })
  vector: string;

  /** In the trash. */
  @Column({ type: 'boolean' })
  deleted: boolean;

  /** `everyone` for kinds whose rows carry no visibility. */
  @Column({ type: 'text' })
  visibility: string;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'uuid', nullable: true })
  teamId: string | null;
}
