import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the demo OpenID provider stores (sessions, grants, codes, tokens …), one row per model and id. */
@Entity('oidc_payloads')
export class OidcPayload {
  @PrimaryColumn({ type: 'text' })
  model: string;

  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  grantId: string | null;

  @Column({ type: 'text', nullable: true })
  userCode: string | null;

  @Column({ type: 'text', nullable: true })
  uid: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt: Date | null;
}
