import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One rate-limit counter: the hits of a key (user, token or IP, with a prefix) in the current window. */
@Entity('rate_limits')
export class RateLimitCounter {
  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  hits: number;

  @Column({ type: 'timestamptz' })
  resetAt: Date;
}
