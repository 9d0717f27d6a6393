import type { ReportSpecInput } from '../../generated/graphql';

/** The browser's IANA time zone (Europe/Madrid), UTC when it has none to tell. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A spec cut into days, weeks and months where the reader is, unless it names its own time zone. */
export const withTimeZone = (spec: ReportSpecInput): ReportSpecInput =>
  spec.timeZone ? spec : { ...spec, timeZone: browserTimeZone() };
