import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const ORGANIZATION_KINDS = [
  'research_institute',
  'university',
  'company',
  'non_profit',
  'government_body',
  'research_infrastructure',
  'consortium',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const OrganizationKindEnum = graphqlEnum(ORGANIZATION_KINDS, 'OrganizationKind', 'What sort of organization.');

/** A "client" endpoint: an institute, university, company, infrastructure … */
@ObjectType({ description: 'A research institute, university, company, infrastructure or other body we work with.' })
@Entity('organizations')
export class Organization extends OwnedRecordEntity {
  @Field({ description: 'Full name.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Short name: CERN, KIT, EMBL.' })
  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Field(() => OrganizationKindEnum, { description: 'What sort of organization.' })
  @Column({ type: 'text' })
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true, description: 'Web site (http or https).' })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'What it is and does.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organization | null;
}

/** The fields clients edit, recorded one by one in the history. */
export const ORGANIZATION_FIELDS = [
  'name',
  'acronym',
  'kind',
  'country',
  'city',
  'website',
  'description',
  'parentId',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Organization)[];
