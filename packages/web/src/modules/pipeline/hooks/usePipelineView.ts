import { useMemo } from 'react';
import type { OpportunityFilter } from '../../../generated/graphql';
import { urlParam, useUrlState, type UrlParam } from '../../../ui/useUrlState';
import { useTagNamesInUrl } from '../../tag/hooks/useTagNamesInUrl';

export type PipelineViewMode = 'board' | 'list';

const viewMode: UrlParam<PipelineViewMode> = {
  parse: (raw) => (raw === 'list' ? 'list' : 'board'),
  format: (value) => (value === 'list' ? 'list' : null),
};

/** The pipeline page's state in the URL: `/pipeline/<id>?view=list&owner=<id>&team=<id>&country=FR&tag=Partner`. */
const VIEW = {
  view: viewMode,
  owner: urlParam.list(),
  team: urlParam.list(),
  country: urlParam.list(),
  tag: urlParam.list(),
};

/** The filters that narrow the board, empty. */
export const NO_PIPELINE_FILTERS = { owner: [], team: [], country: [], tag: [] };

/** The board's or list's filters and mode, and the filter of the opportunities they ask for. */
export function usePipelineView(pipelineId: string | undefined) {
  const [urlView, setUrlView] = useUrlState(VIEW);
  const { view, setView, ready } = useTagNamesInUrl(urlView, setUrlView);
  const filter = useMemo<OpportunityFilter>(
    () => ({
      ...(pipelineId && { pipelineId }),
      ...(view.owner.length > 0 && { ownerIds: view.owner }),
      ...(view.team.length > 0 && { teamIds: view.team }),
      ...(view.country.length > 0 && { countries: view.country }),
      ...(view.tag.length > 0 && { tagIds: view.tag }),
    }),
    [pipelineId, view.owner, view.team, view.country, view.tag],
  );
  const filtered = [view.owner, view.team, view.country, view.tag].some((values) => values.length > 0);
  return { view, setView, filter, filtered, ready };
}
