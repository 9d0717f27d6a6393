import {
  Button,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  Slider,
  Stack,
  Switch,
  TagsInput,
  Text,
} from '@mantine/core';
import dayjs from 'dayjs';
import type { GraphEdgeKind, GraphNodeKind } from '../../../generated/graphql';
import { EDGE_KIND_LABELS, EDGE_KINDS, NODE_KIND_LABELS, NODE_KINDS } from '../lib/graphTypes';
import type { GraphViewState } from '../lib/graphViewParams';

const FIRST_YEAR = 2000;
const monthsSinceStart = (date: dayjs.Dayjs) => (date.year() - FIRST_YEAR) * 12 + date.month();
const monthDate = (months: number) => dayjs(`${FIRST_YEAR}-01-01`).add(months, 'month').format('YYYY-MM-DD');

interface GraphFiltersProps {
  state: GraphViewState;
  onChange(patch: Partial<GraphViewState>): void;
}

/** What the view shows: depth, node and edge kinds, roles, the graph's date and past links, colours. */
export function GraphFilters({ state, onChange }: GraphFiltersProps) {
  const today = dayjs();
  const last = monthsSinceStart(today);
  const value = state.asOf ? Math.min(last, monthsSinceStart(dayjs(state.asOf))) : last;
  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label="Depth"
          w={90}
          data={['1', '2', '3']}
          value={String(state.depth)}
          allowDeselect={false}
          onChange={(depth) => onChange({ depth: Number(depth ?? 1) })}
        />
        <MultiSelect
          label="Records"
          placeholder={state.kinds.length ? undefined : 'All kinds'}
          w={240}
          clearable
          data={NODE_KINDS.map((kind) => ({ value: kind, label: NODE_KIND_LABELS[kind] }))}
          value={state.kinds}
          onChange={(kinds) => onChange({ kinds: kinds as GraphNodeKind[] })}
        />
        <MultiSelect
          label="Links"
          placeholder={state.edgeKinds.length ? undefined : 'All links'}
          w={260}
          clearable
          data={EDGE_KINDS.map((kind) => ({ value: kind, label: EDGE_KIND_LABELS[kind] }))}
          value={state.edgeKinds}
          onChange={(edgeKinds) => onChange({ edgeKinds: edgeKinds as GraphEdgeKind[] })}
        />
        <TagsInput
          label="Roles"
          placeholder={state.roles.length ? undefined : 'Any role'}
          w={220}
          clearable
          value={state.roles}
          onChange={(roles) => onChange({ roles: roles.map((role) => role.replace(/,/g, ' ').trim()).filter(Boolean) })}
        />
        <Switch
          label="Past links"
          checked={state.past}
          onChange={(event) => onChange({ past: event.currentTarget.checked })}
          mb={8}
        />
        <SegmentedControl
          aria-label="Colour by"
          size="xs"
          mb={6}
          data={[
            { value: 'community', label: 'Communities' },
            { value: 'kind', label: 'Kinds' },
          ]}
          value={state.color}
          onChange={(color) => onChange({ color: color as 'community' | 'kind' })}
        />
      </Group>
      <Group gap="sm" align="center" wrap="nowrap">
        <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }} id="graph-as-of">
          As of {state.asOf ? dayjs(state.asOf).format('MMM YYYY') : 'today'}
        </Text>
        <Slider
          style={{ flex: 1 }}
          min={0}
          max={last}
          step={1}
          value={value}
          label={(months) => dayjs(monthDate(months)).format('MMM YYYY')}
          thumbLabel="The graph as of this month"
          onChangeEnd={(months) => onChange({ asOf: months >= last ? '' : monthDate(months) })}
        />
        {state.asOf && (
          <Button size="xs" variant="subtle" onClick={() => onChange({ asOf: '' })}>
            Today
          </Button>
        )}
      </Group>
    </Stack>
  );
}
