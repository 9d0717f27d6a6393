import dayjs from 'dayjs';

const day = (value: string) => dayjs(value).format('D MMM YYYY');

/** "since 3 Feb 2024", "until 1 Mar 2025", "3 Feb 2024 – 1 Mar 2025", or '' when undated. */
export function linkPeriod(since?: string | null, until?: string | null): string {
  if (since && until) return `${day(since)} – ${day(until)}`;
  if (since) return `since ${day(since)}`;
  if (until) return `until ${day(until)}`;
  return '';
}
