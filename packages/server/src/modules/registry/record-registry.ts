import { activityModule, concernKinds } from '../activity/activity.module';
import { contactModule } from '../contact/contact.module';
import { dashboardModule } from '../dashboard/dashboard.module';
import { attachKinds, documentModule } from '../document/document.module';
import { leadModule } from '../lead/lead.module';
import { needModule } from '../need/need.module';
import { opportunityModule } from '../opportunity/opportunity.module';
import { organizationModule } from '../organization/organization.module';
import { projectWorkModule } from '../project-work/project-work.module';
import { projectModule } from '../project/project.module';
import { savedViewModule } from '../saved-view/saved-view.module';
import type { AnyRecordKind, DomainModule } from '../shared/domain-module';
import { provideRecordKinds } from '../shared/link-targets';
import { tagModule } from '../tag/tag.module';
import { addTaggedKinds } from '../tag/tagging.entity';
import { teamModule } from '../team/team.module';
import { userModule } from '../user/user.module';

export type { AnyRecordKind } from '../shared/domain-module';

/**
 * The modules that declare kinds of record, in the order lists of kinds show them. A new kind
 * is one module here (its `<kind>.module.ts`), nowhere else: the schema and the data source
 * take its resolvers and entities from this list too.
 */
export const RECORD_MODULES: readonly DomainModule[] = [
  organizationModule,
  contactModule,
  projectModule,
  activityModule,
  documentModule,
  needModule,
  leadModule,
  opportunityModule,
  projectWorkModule,
  tagModule,
  teamModule,
  userModule,
  savedViewModule,
  dashboardModule,
];

/**
 * Every kind of record, in registry order. Trash, search, bulk operations, tags, timelines,
 * history, revert and the schema iterate over it.
 */
export const RECORD_KINDS: readonly AnyRecordKind[] = RECORD_MODULES.flatMap((module) => module.kinds ?? []);
provideRecordKinds(RECORD_KINDS);

type Flag = 'owned' | 'visibility' | 'trash' | 'taggable' | 'timeline' | 'search' | 'linkColumn';

/** The kinds that have a feature, in registry order. */
export function kindsWith(flag: Flag): AnyRecordKind[] {
  return RECORD_KINDS.filter((kind) => Boolean(kind[flag]));
}

/** The kinds activities can concern (`activities`) or documents be attached to (`documents`), in registry order. */
export function linkableFrom(from: 'activities' | 'documents'): AnyRecordKind[] {
  return RECORD_KINDS.filter((kind) => kind.linkable?.[from]);
}

// Each polymorphic link table gets a column, and its inputs and outputs a field, per kind that
// has the feature: the modules that own the tables add them here, before the data source and
// the schema are built, so that a kind is declared in its own folder and nowhere else.
addTaggedKinds(kindsWith('taggable'));
concernKinds(linkableFrom('activities'));
attachKinds(linkableFrom('documents'));

const BY_TYPE = new Map(RECORD_KINDS.map((kind) => [kind.type, kind]));

/** The kind of record named `type` in the history (`Organization`), or undefined. */
export function recordKindOf(type: string): AnyRecordKind | undefined {
  return BY_TYPE.get(type);
}
