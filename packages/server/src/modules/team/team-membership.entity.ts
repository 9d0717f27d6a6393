import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';
import { User } from '../user/user.entity';
import { Team } from './team.entity';

export const TEAM_ROLES = ['member', 'lead'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

@Entity('team_memberships')
export class TeamMembership extends LinkEntity {
  @Column({ type: 'uuid' })
  teamId: string;

  @ManyToOne(() => Team, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id' })
  team?: Team;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text', default: 'member' })
  role: TeamRole;
}
