import { Loader, Text } from '@mantine/core';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { IconChartDots3, IconSearch } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../../ui/errors/describeError';
import { kindOfSearchType, kindsWith } from '../records/recordKinds';
import { GRAPH_TYPES, graphRouteOfHit, routeOfHit } from './searchRoutes';
import { useSearchHits } from './useSearchHits';

const PLACEHOLDER = `Search ${kindsWith('search')
  .map((kind) => kind.plural.toLowerCase())
  .join(', ')}…`;

/**
 * Ctrl/⌘-K anywhere: one box that finds any record, grouped by kind, the group of the best hit
 * first; Enter opens the highlighted one, the top hit until the arrows move.
 */
export function GlobalSearch() {
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const { hits, loading, error, tooShort } = useSearchHits(query);

  // Groups in the order of their best hit (hits come best first): the top hit is the first action.
  const groups = [...new Set(hits.map((hit) => hit.type))].map((type) => ({
    type,
    hits: hits.filter((hit) => hit.type === type),
  }));
  // Enter opens the top hit while the arrows have highlighted none.
  const openTopHit = (event: KeyboardEvent<HTMLInputElement>) => {
    const highlighted = document.querySelector('[data-action][data-selected]');
    if (event.key !== 'Enter' || highlighted || hits.length === 0) return;
    event.preventDefault();
    spotlight.close();
    navigate(routeOfHit(hits[0].type, hits[0].id));
  };
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
        placeholder={PLACEHOLDER}
        aria-label="Search Liaison"
        onKeyDown={openTopHit}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={loading && !tooShort ? <Loader size="xs" aria-label="Searching" /> : null}
      />
      <Spotlight.ActionsList aria-label="Search results">
        {groups.map((group) => (
          <Spotlight.ActionsGroup key={group.type} label={kindOfSearchType(group.type).plural}>
            {group.hits.map((hit) => {
              const Icon = kindOfSearchType(hit.type).icon;
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
