import type { DomainModule } from '../shared/domain-module';

/** The calendar feed: no GraphQL, its iCalendar route is mounted by the HTTP server. */
export const calendarModule: DomainModule = { resolvers: [] };
