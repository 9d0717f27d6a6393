import { ok } from './server';

export const REPORT_QUERY = `query($spec: ReportSpecInput!) {
  report(spec: $spec) {
    kind list truncated
    dimensions { field label type bucket }
    measures { function field label perTeamMember }
    rows { keys labels values previous filter previousFilter }
    pivot { dimension columnKeys columnLabels rows { keys labels cells { values filter } } }
  }
}`;

interface ReportRowResult {
  keys: (string | null)[];
  labels: (string | null)[];
  values: (number | null)[];
  previous: (number | null)[] | null;
  filter: Record<string, unknown> | null;
  previousFilter: Record<string, unknown> | null;
}

export interface ReportResult {
  kind: string;
  list: string;
  truncated: boolean;
  measures: { function: string; field: string | null; label: string }[];
  rows: ReportRowResult[];
  pivot: {
    columnKeys: (string | null)[];
    rows: { keys: (string | null)[]; cells: ({ values: (number | null)[] } | null)[] }[];
  } | null;
}

const FILTER_TYPES: Record<string, string> = {
  activities: 'ActivityFilter',
  documents: 'DocumentFilter',
  needs: 'NeedFilter',
  organizations: 'OrganizationFilter',
  contacts: 'ContactFilter',
  projects: 'ProjectFilter',
  projectTasks: 'ProjectTaskFilter',
  opportunities: 'OpportunityFilter',
};

/**
 * The totalCount of each list query with each filter, as a client drilling down would ask for
 * them: 20 aliases to a request, the most the API takes.
 */
export async function countsThrough(
  url: string,
  token: string,
  list: string,
  filters: Record<string, unknown>[],
): Promise<number[]> {
  const counts: number[] = [];
  for (let start = 0; start < filters.length; start += 20) {
    const chunk = filters.slice(start, start + 20);
    const declarations = chunk.map((_, i) => `$f${i}: ${FILTER_TYPES[list]}`).join(', ');
    const fields = chunk.map((_, i) => `c${i}: ${list}(filter: $f${i}, first: 0) { totalCount }`).join(' ');
    const variables = Object.fromEntries(chunk.map((filter, i) => [`f${i}`, filter]));
    const data = await ok<Record<string, { totalCount: number }>>(
      url,
      token,
      `query(${declarations}) { ${fields} }`,
      variables,
    );
    counts.push(...chunk.map((_, i) => data[`c${i}`].totalCount));
  }
  return counts;
}

export async function countThrough(url: string, token: string, list: string, filter: Record<string, unknown>) {
  return (await countsThrough(url, token, list, [filter]))[0];
}
