import { useMemo } from 'react';
import type { OpportunityFilter } from '../../../generated/graphql';
import { withDrill } from '../../../ui/list';
import { urlParam, useUrlState, type UrlParam } from '../../../ui/useUrlState';
import { useTagNamesInUrl } from '../../tag/hooks/useTagNamesInUrl';

export type PipelineViewMode = 'board' | 'list';

const viewMode: UrlParam<PipelineViewMode> = {
  parse: (raw) => (raw === 'list' ? 'list' : 'board'),
  format: (value) => (value === 'list' ? 'list' : null),
};

/**
 * The pipeline page's state in the URL: `/pipeline/<id>?view=list&owner=<id>&team=<id>&country=FR&tag=Partner`,
 * and `drill`, the filter of a report cell opened from a report.
 */
const VIEW = {
  view: viewMode,
  owner: urlParam.list(),
  team: urlParam.list(),
  country: urlParam.list(),
  tag: urlParam.list(),
  drill: urlParam.string(),
};

/** The filters that narrow the board, empty. */
export const NO_PIPELINE_FILTERS = { owner: [], team: [], country: [], tag: [] };

/** The board's or list's filters and mode, and the filter of the opportunities they ask for. */
export function usePipelineView(pipelineId: string | undefined) {
  const [urlView, setUrlView] = useUrlState(VIEW);
  const { view, setView, ready } = useTagNamesInUrl(urlView, setUrlView);
  const filter = useMemo<OpportunityFilter>(
    () =>
      withDrill(view.drill, {
        ...(pipelineId && { pipelineId }),
        ...(view.owner.length > 0 && { ownerIds: view.owner }),
        ...(view.team.length > 0 && { teamIds: view.team }),
        ...(view.country.length > 0 && { countries: view.country }),
        ...(view.tag.length > 0 && { tagIds: view.tag }),
      }),
    [pipelineId, view.owner, view.team, view.country, view.tag, view.drill],
  );
  const filtered =
    view.drill !== '' || [view.owner, view.team, view.country, view.tag].some((values) => values.length > 0);
  return { view, setView, filter, filtered, ready };
}

/** The pipeline a report cell's filter names (`pipelineId`, or the pipeline of its stage entries), if any. */
export function drilledPipelineId(drill: string | null): string | undefined {
  if (!drill) return undefined;
  try {
    const parsed = JSON.parse(drill) as { pipelineId?: unknown; entered?: { pipelineId?: unknown } } | null;
    const id = parsed?.pipelineId ?? parsed?.entered?.pipelineId;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
