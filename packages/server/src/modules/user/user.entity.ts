import { Column, Entity } from 'typeorm';
import { RecordEntity } from '../../core/db/record.entity';

export const USER_ROLES = ['admin', 'editor', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Someone who signs in; unique by the identity provider (issuer) and its subject. */
@Entity('users')
export class User extends RecordEntity {
  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: 'viewer' })
  role: UserRole;

  /** Topics this user knows about, to locate expertise inside the teams. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;
}
