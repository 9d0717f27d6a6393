import { recordKinds, type DomainModule } from '../shared/domain-module';
import { Dashboard } from './dashboard.entity';
import { DashboardResolver, DashboardWidgetResolver } from './dashboard.resolver';
import { DASHBOARD } from './dashboard.service';
import { SavedReport } from './saved-report.entity';
import { SavedReportResolver } from './saved-report.resolver';
import { SAVED_REPORT } from './saved-report.service';

/** Saved reports and the dashboards that show them. */
export const dashboardModule: DomainModule = {
  resolvers: [SavedReportResolver, DashboardResolver, DashboardWidgetResolver],
  entities: [SavedReport, Dashboard],
  kinds: recordKinds(SAVED_REPORT, DASHBOARD),
};
