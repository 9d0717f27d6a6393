import { Loader, Text } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import {
  IconBuilding,
  IconBulb,
  IconChartDots3,
  IconFileText,
  IconPresentation,
  IconSearch,
  IconUser,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { SearchType } from '../../generated/graphql';
import { describeError } from '../../ui/errors/describeError';
import { GRAPH_TYPES, graphRouteOfHit, routeOfHit, SEARCH_TYPE_LABELS } from './searchRoutes';
import { useSearchHits } from './useSearchHits';

const ICONS = {
  ORGANIZATION: IconBuilding,
  CONTACT: IconUser,
  PROJECT: IconPresentation,
  DOCUMENT: IconFileText,
  NEED: IconBulb,
} as const;

const ORDER: SearchType[] = ['ORGANIZATION', 'CONTACT', 'PROJECT', 'DOCUMENT', 'NEED'];

/** Ctrl/⌘-K anywhere: one box that finds any record, grouped by kind; Enter opens the highlighted one. */
export function GlobalSearch() {
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const { hits, loading, error, tooShort } = useSearchHits(query);

  const groups = ORDER.map((type) => ({ type, hits: hits.filter((hit) => hit.type === type) })).filter(
    (group) => group.hits.length > 0,
  );
  const graphable = hits.filter((hit) => GRAPH_TYPES.includes(hit.type)).slice(0, 3);

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={['mod + K']}
      tagsToIgnore={[]}
      scrollable
      maxHeight={480}
    >
      <Spotlight.Search
        placeholder="Search organizations, contacts, projects, documents, needs…"
        aria-label="Search Liaison"
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={loading && !tooShort ? <Loader size="xs" aria-label="Searching" /> : null}
      />
      <Spotlight.ActionsList aria-label="Search results">
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group.type} label={SEARCH_TYPE_LABELS[group.type]}>
            {group.hits.map((hit) => {
              const Icon = ICONS[hit.type];
              return (
                <Spotlight.Action
                  key={`${hit.type}:${hit.id}`}
                  label={hit.title}
                  description={hit.subtitle ?? undefined}
                  leftSection={<Icon size={20} stroke={1.5} aria-hidden />}
                  onClick={() => navigate(routeOfHit(hit.type, hit.id))}
                />
              );
            })}
          </Spotlight.ActionsGroup>
        ))}
        {graphable.length > 0 && (
          <Spotlight.ActionsGroup label="Show in graph">
            {graphable.map((hit) => (
              <Spotlight.Action
                key={`graph:${hit.id}`}
                label={`Show in graph: ${hit.title}`}
                leftSection={<IconChartDots3 size={20} stroke={1.5} aria-hidden />}
                onClick={() => navigate(graphRouteOfHit(hit.id))}
              />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {groups.length === 0 && (
          <Spotlight.Empty>
            {error ? (
              <Text size="sm" c="red.8">
                {describeError(error).title}
              </Text>
            ) : tooShort ? (
              'Type at least two characters.'
            ) : loading ? (
              'Searching…'
            ) : (
              'Nothing found.'
            )}
          </Spotlight.Empty>
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
