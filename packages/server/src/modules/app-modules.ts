import { auditModule } from './audit/audit.module';
import { bulkModule } from './bulk/bulk.module';
import { demoIdpModule } from './demo-idp/demo-idp.module';
import { graphModule } from './graph/graph.module';
import { mergeModule } from './merge/merge.module';
import { privacyModule } from './privacy/privacy.module';
import { projectLinkModule } from './project-link/project-link.module';
import { RECORD_MODULES } from './registry/record-registry';
import { reportModule } from './report/report.module';
import { searchModule } from './search/search.module';
import { sessionModule } from './session/session.module';
import type { DomainModule } from './shared/domain-module';
import { systemModule } from './system/system.module';
import { taggingModule } from './tagging/tagging.module';
import { tokenModule } from './token/token.module';

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
  projectLinkModule,
  searchModule,
  bulkModule,
  mergeModule,
  auditModule,
  taggingModule,
  privacyModule,
  graphModule,
  reportModule,
];
