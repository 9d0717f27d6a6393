import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A file uploaded to be imported, kept while jobs read it. */
@Entity('import_files')
export class ImportFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'text' })
  fileName: string;

  @Column({ type: 'integer' })
  byteSize: number;

  /** Not loaded unless asked for: files can be large. */
  @Column({ type: 'bytea', select: false })
  content: Buffer;
}
