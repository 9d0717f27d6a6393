import type { DomainModule } from '../shared/domain-module';
import { ReportResolver } from './report.resolver';

/** Reports: the report query and the built-in reports (their CSV export is a route). */
export const reportModule: DomainModule = { resolvers: [ReportResolver] };
