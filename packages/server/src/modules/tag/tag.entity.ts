import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record.entity';

/** A label any record can carry; labels are unique regardless of case. */
@Entity('tags')
export class Tag extends RecordEntity {
  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text', nullable: true })
  color: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
