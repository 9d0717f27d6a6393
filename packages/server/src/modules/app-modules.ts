import { activitiesFieldResolver } from './activity/activity-relations.resolver';
import { auditModule } from './audit/audit.module';
import { bulkModule } from './bulk/bulk.module';
import { calendarModule } from './calendar/calendar.module';
import { demoIdpModule } from './demo-idp/demo-idp.module';
import { documentsFieldResolver } from './document/document-relations.resolver';
import { graphModule } from './graph/graph.module';
import { importModule } from './import/import.module';
import { liveModule } from './live/live.module';
import { mergeModule } from './merge/merge.module';
import { preferenceModule } from './preference/preference.module';
import { pipelineModule } from './pipeline/pipeline.module';
import { privacyModule } from './privacy/privacy.module';
import { projectLinkModule } from './project-link/project-link.module';
import { linkableFrom, RECORD_MODULES } from './registry/record-registry';
import { reportModule } from './report/report.module';
import { searchModule } from './search/search.module';
import { sessionModule } from './session/session.module';
import type { DomainModule } from './shared/domain-module';
import { systemModule } from './system/system.module';
import { taggingModule } from './tagging/tagging.module';
import { tokenModule } from './token/token.module';

/**
 * The `activities` and `documents` fields of every kind activities can concern and documents be
 * attached to: the activity and document modules, below the registry, make them per kind of the
 * registry, here where the registry is known.
 */
const linkedRecordsFields: DomainModule = {
  resolvers: [
    ...linkableFrom('activities').map(activitiesFieldResolver),
    ...linkableFrom('documents').map(documentsFieldResolver),
  ],
};

/**
 * Every module of the application: those of the kinds of record (from the registry), then the
 * others. `schema.ts` takes their resolvers, `entities.ts` their entities; `module-shape.test.ts`
 * checks that each module folder has its `<folder>.module.ts` here.
 */
export const APP_MODULES: readonly DomainModule[] = [
  systemModule,
  sessionModule,
  tokenModule,
  demoIdpModule,
  ...RECORD_MODULES,
  linkedRecordsFields,
  pipelineModule,
  projectLinkModule,
  searchModule,
  bulkModule,
  mergeModule,
  auditModule,
  liveModule,
  taggingModule,
  privacyModule,
  preferenceModule,
  graphModule,
  reportModule,
  calendarModule,
  importModule,
];
