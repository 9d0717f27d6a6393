import type { ClassType } from 'type-graphql';
import type { RecordEntity } from '../../core/db/record.entity';
import type { ResolverClass } from '../../core/graphql/build-schema';
import { ACTIVITY } from '../activity/activity.service';
import { CONTACT } from '../contact/contact.service';
import { DOCUMENT } from '../document/document.service';
import { NEED } from '../need/need.service';
import { ORGANIZATION } from '../organization/organization.service';
import { MILESTONE, PROJECT_TASK } from '../project-work/project-work.service';
import { PROJECT } from '../project/project.service';
import { SavedView } from '../saved-view/saved-view.entity';
import { SavedViewResolver } from '../saved-view/saved-view.resolver';
import { SAVED_VIEW } from '../saved-view/saved-view.service';
import type { RecordKind } from '../shared/record-kind';
import { TAG } from '../tag/tag.service';
import { TEAM } from '../team/team.service';
import { USER } from '../user/user.service';

export type AnyRecordKind = RecordKind<RecordEntity>;

/** What a module of one new record kind contributes: the kind, its resolvers (for the schema) and entities (for the data source). */
export interface KindModule {
  kind: AnyRecordKind;
  resolvers: ResolverClass[];
  entities: ClassType[];
}

/** The modules of record kinds added since the registry: each one entry here, and nowhere else. */
export const KIND_MODULES: readonly KindModule[] = [
  { kind: SAVED_VIEW as unknown as AnyRecordKind, resolvers: [SavedViewResolver], entities: [SavedView] },
];

/**
 * Every kind of record, in the order lists of kinds show them. Trash, search, bulk operations,
 * tags, timelines, history, revert and the schema iterate over it: a new kind is added here
 * (and described in its own module), nowhere else.
 */
export const RECORD_KINDS: readonly AnyRecordKind[] = [
  ORGANIZATION,
  CONTACT,
  PROJECT,
  ACTIVITY,
  DOCUMENT,
  NEED,
  PROJECT_TASK,
  MILESTONE,
  TAG,
  TEAM,
  USER,
  ...KIND_MODULES.map((module) => module.kind),
] as unknown as AnyRecordKind[];

const BY_TYPE = new Map(RECORD_KINDS.map((kind) => [kind.type, kind]));

/** The kind of record named `type` in the history (`Organization`), or undefined. */
export function recordKindOf(type: string): AnyRecordKind | undefined {
  return BY_TYPE.get(type);
}

type Flag = 'owned' | 'visibility' | 'trash' | 'taggable' | 'timeline' | 'search' | 'linkColumn';

/** The kinds that have a feature, in registry order. */
export function kindsWith(flag: Flag): AnyRecordKind[] {
  return RECORD_KINDS.filter((kind) => Boolean(kind[flag]));
}
