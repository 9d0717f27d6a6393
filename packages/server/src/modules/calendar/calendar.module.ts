import type { DomainModule } from '../shared/domain-module';

/**
 * The calendar: its `.ics` export is an HTTP route (`calendar.routes.ts`, mounted by the server);
 * the calendar's queries are the activities' own.
 */
export const calendarModule: DomainModule = {
  resolvers: [],
};
