import { Column, Entity } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Visibility } from '../../core/auth/visibility';
import { VisibilityEnum } from '../../core/auth/visibility-rules';
import { OwnedRecordEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';

export const LEAD_SOURCES = ['event', 'web', 'referral', 'campaign', 'import', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LeadSourceEnum = graphqlEnum(LEAD_SOURCES, 'LeadSource', 'Where a lead came from.');

/** new → contacted → qualified, then disqualified (with a reason) or converted. */
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'disqualified', 'converted'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LeadStatusEnum = graphqlEnum(
  LEAD_STATUSES,
  'LeadStatus',
  'Where a lead stands: NEW → CONTACTED → QUALIFIED, then DISQUALIFIED (with a reason) or CONVERTED.',
);

/** A prospective community or person, not yet a contact or an organization. */
@ObjectType({ description: 'A prospective community or person, not yet a contact or an organization of the graph.' })
@Entity('leads')
export class Lead extends OwnedRecordEntity {
  @Field({ description: 'The person or community.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The organization they belong to, as told.' })
  @Column({ type: 'text', nullable: true })
  organizationName: string | null;

  /** No `@Field` here: the lead resolver shows it to those who may see contacts' addresses. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Field(() => LeadSourceEnum, { description: 'Where it came from.' })
  @Column({ type: 'text', default: 'other' })
  source: LeadSource;

  @Field({ description: 'What they are interested in (markdown); empty when not told.' })
  @Column({ type: 'text', default: '' })
  interest: string;

  @Field({ description: 'Notes (markdown); the one field that still changes once the lead is converted.' })
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field(() => LeadStatusEnum, { description: 'Where it stands.' })
  @Column({ type: 'text', default: 'new' })
  status: LeadStatus;

  @Field(() => String, { nullable: true, description: 'Why it was disqualified (set exactly when DISQUALIFIED).' })
  @Column({ type: 'text', nullable: true })
  disqualifiedReason: string | null;

  @Field(() => VisibilityEnum, { description: 'Who may see it.' })
  @Column({ type: 'text', default: 'everyone' })
  visibility: Visibility;

  @Field(() => Date, { nullable: true, description: 'When it was converted (set exactly when CONVERTED).' })
  @Column({ type: 'timestamptz', nullable: true })
  convertedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  convertedById: string | null;

  @Field(() => ID, { nullable: true, description: 'The contact it became.' })
  @Column({ type: 'uuid', nullable: true })
  convertedContactId: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization it became.' })
  @Column({ type: 'uuid', nullable: true })
  convertedOrganizationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The opportunity it became.' })
  @Column({ type: 'uuid', nullable: true })
  convertedOpportunityId: string | null;
}

/** The fields clients edit, recorded one by one in the history. */
const LEAD_EDITABLE_FIELDS = [
  'name',
  'organizationName',
  'email',
  'country',
  'source',
  'interest',
  'notes',
  'status',
  'disqualifiedReason',
  'visibility',
  'ownerId',
  'teamId',
] as const satisfies readonly (keyof Lead)[];

/** What a conversion sets, recorded in the history with the status it changes. */
const LEAD_CONVERSION_FIELDS = [
  'convertedAt',
  'convertedById',
  'convertedContactId',
  'convertedOrganizationId',
  'convertedOpportunityId',
] as const satisfies readonly (keyof Lead)[];

export const LEAD_FIELDS = [...LEAD_EDITABLE_FIELDS, ...LEAD_CONVERSION_FIELDS] as const;
