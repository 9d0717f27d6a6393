import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in browser. The browser holds only a random secret in an HttpOnly cookie; this row
 * holds its hash, so a copy of the database opens no session. No token of the provider is kept.
 */
@Entity('sessions')
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 64 })
  secretHash: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  subject: string;

  /** The provider's session (`sid` claim), for back-channel logout. */
  @Column({ type: 'text', nullable: true })
  providerSessionId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Moved forward by each request; the session ends after the idle timeout without one. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** The absolute end, whatever the activity. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
