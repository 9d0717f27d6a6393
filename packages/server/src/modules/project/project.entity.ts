import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const PROJECT_KINDS = ['esfri', 'national', 'international', 'collaboration', 'initiative', 'other'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const ProjectKindEnum = graphqlEnum(PROJECT_KINDS, 'ProjectKind', 'What sort of project.');

export const PROJECT_STATUSES = ['planned', 'active', 'completed', 'suspended', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export const ProjectStatusEnum = graphqlEnum(PROJECT_STATUSES, 'ProjectStatus', 'Where a project stands.');

/** Long-term work or an initiative: an ESFRI project, a national project, a collaboration. */
@ObjectType({ description: 'Long-term work or an initiative: an ESFRI project, a national project, a collaboration.' })
@Entity('projects')
export class Project extends OwnedRecordEntity {
  @Field({ description: 'Full name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name: EOSC-Hub, ELIXIR.' })
  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Field(() => ProjectKindEnum, { description: 'What sort of project.' })
  @Column({ type: 'text' })
  kind: ProjectKind;

  @Field(() => ProjectStatusEnum, { description: 'Where it stands.' })
  @Column({ type: 'text', default: 'active' })
  status: ProjectStatus;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it starts or started.' })
  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it ends or ended; never before the start.' })
  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Field(() => String, { nullable: true, description: 'The field of science: life sciences, astronomy …' })
  @Column({ type: 'text', nullable: true })
  scientificDomain: string | null;

  @Field(() => String, { nullable: true, description: 'Web site (http or https).' })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'What it is about.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;
}

/** The fields clients edit, recorded one by one in the history. */
export const PROJECT_FIELDS = [
  'name',
  'acronym',
  'kind',
  'status',
  'startDate',
  'endDate',
  'scientificDomain',
  'website',
  'description',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Project)[];
