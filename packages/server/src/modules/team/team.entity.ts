import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record.entity';

/** An NGI, a virtual team or any group of users. */
@Entity('teams')
export class Team extends RecordEntity {
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** ISO 3166-1 alpha-2 codes of the countries the team covers. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];
}
