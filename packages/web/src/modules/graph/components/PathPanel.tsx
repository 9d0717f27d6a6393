import { Anchor, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import { RecordPicker } from '../../activity/components/RecordPicker';
import type { ConcernedKind, ConcernedRecord } from '../../activity/activityRecords';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import type { WhoKnowsEntryData } from '../hooks/useGraphData';
import type { GraphNodeData, GraphPathData } from '../lib/graphTypes';
import { pathSentence } from '../lib/pathSentence';

const PICKABLE: ConcernedKind[] = ['CONTACT', 'ORGANIZATION', 'PROJECT'];

interface PathPanelProps {
  from: GraphNodeData | null;
  to: GraphNodeData | null;
  paths: GraphPathData[];
  loading: boolean;
  error: unknown;
  /** The index of the path drawn alone, or null for all of them. */
  focused: number | null;
  onFocus(index: number | null): void;
  onChange(patch: { from?: string; to?: string }): void;
  who: GraphNodeData | null;
  acquaintances: WhoKnowsEntryData[];
  whoLoading: boolean;
  whoError: unknown;
  onClearWho(): void;
}

const asRecord = (node: GraphNodeData | null): ConcernedRecord | null =>
  node && PICKABLE.includes(node.kind as ConcernedKind)
    ? { kind: node.kind as ConcernedKind, id: node.id, name: node.label }
    : null;

/** "How are we connected": the shortest paths between two records, each as a sentence; and who knows someone at a record. */
export function PathPanel(props: PathPanelProps) {
  const { from, to, paths, focused } = props;
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={2} size="h5">
          Path finder
        </Title>
        <RecordPicker
          label="From"
          kinds={PICKABLE}
          value={asRecord(from)}
          onChange={(record) => props.onChange({ from: record?.id ?? '' })}
        />
        <RecordPicker
          label="To"
          kinds={PICKABLE}
          value={asRecord(to)}
          onChange={(record) => props.onChange({ to: record?.id ?? '' })}
        />
        {from && to && (
          <Group>
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconArrowsExchange size={16} aria-hidden />}
              onClick={() => props.onChange({ from: to.id, to: from.id })}
            >
              Swap
            </Button>
          </Group>
        )}
        {props.loading && <Loader size="sm" aria-label="Finding paths" />}
        {Boolean(props.error) && <ErrorAlert error={props.error} />}
        {from && to && !props.loading && !props.error && paths.length === 0 && (
          <Text size="sm">No path of up to 6 links joins them (with these filters).</Text>
        )}
        {paths.length > 0 && (
          <Stack
            gap="xs"
            component="ol"
            aria-label="Shortest paths"
            style={{ paddingLeft: 0, margin: 0, listStyle: 'none' }}
          >
            {paths.map((path, index) => (
              <Card
                key={path.edges.map((edge) => edge.id).join('|') || index}
                component="li"
                withBorder
                padding="xs"
                style={{ borderColor: focused === index ? 'var(--mantine-color-blue-6)' : undefined }}
              >
                <Text size="sm" data-testid="path-sentence">
                  {pathSentence(path)}
                </Text>
                <Group justify="space-between" mt={4}>
                  <Text size="xs" c="dimmed">
                    {path.length} {path.length === 1 ? 'link' : 'links'}
                  </Text>
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    onClick={() => props.onFocus(focused === index ? null : index)}
                  >
                    {focused === index ? 'Show all paths' : `Show only path ${index + 1}`}
                  </Anchor>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
      {props.who && (
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={2} size="h5">
              Who knows someone {props.who.kind === 'ORGANIZATION' ? 'at' : ''} {props.who.label}
            </Title>
            <Anchor component="button" type="button" size="xs" onClick={props.onClearWho}>
              Close
            </Anchor>
          </Group>
          {props.whoLoading && <Loader size="sm" aria-label="Looking for acquaintances" />}
          {Boolean(props.whoError) && <ErrorAlert error={props.whoError} />}
          {!props.whoLoading && !props.whoError && props.acquaintances.length === 0 && (
            <Text size="sm">Nobody in our teams is connected within reach.</Text>
          )}
          <Stack
            gap="xs"
            component="ol"
            aria-label="Who knows someone there"
            style={{ paddingLeft: 0, margin: 0, listStyle: 'none' }}
          >
            {props.acquaintances.map((entry) => (
              <Card key={entry.node.id} component="li" withBorder padding="xs">
                <Text size="sm" fw={600}>
                  {entry.node.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.hops} {entry.hops === 1 ? 'link' : 'links'} away · strength {entry.strength.toFixed(2)}
                </Text>
                <Text size="sm">{pathSentence(entry.path)}</Text>
              </Card>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
