import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { RecordEntity } from '../../core/db/record.entity';

/** An NGI, a virtual team or any group of users. */
@ObjectType({ description: 'An NGI, a virtual team or any group of users.' })
@Entity('teams')
export class Team extends RecordEntity {
  @Field({ description: 'Short code, unique regardless of case: NGI_IBERGRID.' })
  @Column({ type: 'text' })
  code: string;

  @Field({ description: 'Full name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the team does.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => [String], { description: 'ISO 3166-1 alpha-2 codes of the countries the team covers.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];
}

/** The fields clients edit, recorded one by one in the history. */
export const TEAM_FIELDS = ['code', 'name', 'description', 'countries'] as const satisfies readonly (keyof Team)[];
