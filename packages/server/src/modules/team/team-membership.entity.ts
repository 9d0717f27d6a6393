import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { User } from '../user/user.entity';
import { Team } from './team.entity';

export const TEAM_ROLES = ['member', 'lead'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
export const TeamRoleEnum = graphqlEnum(TEAM_ROLES, 'TeamRole', 'What a user is in a team.', {
  lead: 'Leads the team',
  member: 'A member of the team',
});

@ObjectType({ description: 'A user in a team, with their role there.' })
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

  @Field(() => TeamRoleEnum, { description: 'What the user is in the team.' })
  @Column({ type: 'text', default: 'member' })
  role: TeamRole;
}
