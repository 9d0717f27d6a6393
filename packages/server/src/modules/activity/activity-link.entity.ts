import { Column, Entity } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';
import { linkTargetKinds } from '../shared/link-targets';
import { linkField } from '../shared/record-kind';

/** A target column of activity_links: `organizationId`. */
export type ActivityTarget = Exclude<
  Extract<keyof ActivityLink, `${string}Id`>,
  'activityId' | 'createdById' | 'updatedById'
>;

/**
 * The kinds of record an activity can concern, by their column in activity_links: those the
 * registry flags `linkable.activities` (its test checks that each has a column here and in the inputs).
 */
export const activityTargets = (): ActivityTarget[] =>
  linkTargetKinds('activities').map((kind) => linkField(kind) as ActivityTarget);

/** A record an activity concerns; exactly one of the target columns is set. */
@ObjectType({ description: 'A record an activity concerns: exactly one of its targets is set.' })
@Entity('activity_links')
export class ActivityLink extends LinkEntity {
  @Field(() => ID, { description: 'The activity.' })
  @Column({ type: 'uuid' })
  activityId: string;

  @Field(() => ID, { nullable: true, description: 'The organization it concerns, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The contact it concerns, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Field(() => ID, { nullable: true, description: 'The project it concerns, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => ID, { nullable: true, description: 'The need it concerns, if that is the target.' })
  @Column({ type: 'uuid', nullable: true })
  needId: string | null;
}
