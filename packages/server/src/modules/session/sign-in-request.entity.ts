import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A sign-in on its way through the identity provider: what the callback must check (state,
 * nonce, PKCE verifier) and where to go afterwards. Bound to the browser by a short-lived
 * cookie whose hash is `secretHash`; used once.
 */
@Entity('sign_in_requests')
export class SignInRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 64 })
  secretHash: string;

  @Column({ type: 'text' })
  state: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ type: 'text' })
  codeVerifier: string;

  @Column({ type: 'text' })
  returnTo: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
