import { Column, Entity } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LinkEntity } from '../../core/db/record.entity';
import type { AnyRecordKind } from '../shared/domain-module';
import { addLinkColumn } from '../shared/link-fields';
import { linkTargetKinds } from '../shared/link-targets';
import { kindLabel, linkField } from '../shared/record-kind';

/** A target column of activity_links: `organizationId`. */
export type ActivityTarget = `${string}Id`;

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

  /** Its target columns, one per kind activities can concern (`organizationId`): see `addConcernedKindColumns`. */
  [target: ActivityTarget]: string | null;
}

/** The column of each kind activities can concern, with its field in the API. */
export function addConcernedKindColumns(kinds: readonly AnyRecordKind[]): void {
  for (const kind of kinds)
    addLinkColumn(ActivityLink, linkField(kind), `The ${kindLabel(kind)} it concerns, if that is the target.`);
}
