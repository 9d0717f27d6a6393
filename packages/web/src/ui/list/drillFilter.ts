/**
 * A report's drill-down in a list's URL: `?drill=<the list filter as JSON>`, the filter of exactly
 * the records a report cell counts. The list's own filters apply on top of it.
 */
export function withDrill<Filter extends object>(drill: string, filter: Filter): Filter {
  if (!drill) return filter;
  try {
    const parsed: unknown = JSON.parse(drill);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? { ...(parsed as Filter), ...filter }
      : filter;
  } catch {
    return filter;
  }
}

/** The page of each list query whose name is not its path (`projectTasks` is at /project-tasks). */
const PATH_OF_LIST: Record<string, string> = { projectTasks: 'project-tasks', opportunities: 'pipeline' };

/** The link to a list showing exactly the records of a report cell (`list`: the report's list query). */
export function drillHref(list: string, filter: object): string {
  return `/${PATH_OF_LIST[list] ?? list}?${new URLSearchParams({ drill: JSON.stringify(filter) }).toString()}`;
}
