import { Column, Entity } from 'typeorm';
import { Authorized, Field, ObjectType } from 'type-graphql';
import type { Role } from '../../core/auth/roles';
import { graphqlEnum } from '../../core/graphql/enums';
import { RecordEntity } from '../../core/db/record.entity';
import { ROLES } from '../../core/auth/roles';

export const RoleEnum = graphqlEnum(
  ROLES,
  'Role',
  'What a user may do: ADMIN everything, EDITOR create and edit, VIEWER read.',
);

/** Someone who signs in; unique by the identity provider (issuer) and its subject. */
@ObjectType({ description: 'A staff member who signs in.' })
@Entity('users')
export class User extends RecordEntity {
  @Column({ type: 'text' })
  issuer: string;

  @Column({ type: 'text' })
  subject: string;

  @Authorized()
  @Field(() => String, {
    nullable: true,
    description: 'Email address, from the identity provider; for signed-in staff.',
  })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field({ description: 'Display name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => RoleEnum, { description: 'What the user may do.' })
  @Column({ type: 'text', default: 'viewer' })
  role: Role;

  @Field(() => [String], { description: 'Topics this user knows about, to locate expertise inside the teams.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  expertise: string[];

  /** When the user chose their display name themselves: from then on sign-in keeps it. */
  @Column({ type: 'timestamptz', nullable: true })
  nameChosenAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the user last signed in.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When an admin deactivated the user, who can then neither sign in nor use an API token; null while active.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;
}

/**
 * The fields edited in the app, recorded one by one in the history: role, expertise and deactivation by admins,
 * name and expertise by the users themselves; the rest comes from the identity provider.
 */
export const USER_FIELDS = ['name', 'role', 'expertise', 'deactivatedAt'] as const satisfies readonly (keyof User)[];
