import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowsMaximize, IconEyeOff, IconPin, IconPinnedOff, IconRoute, IconUsersGroup } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { GraphEdgeData, GraphNodeData } from '../lib/graphTypes';
import { NODE_KIND_LABELS, graphRecordPath } from '../lib/graphTypes';
import { edgeAttributes } from '../lib/pathSentence';
import { EDGE_KIND_LABELS } from '../lib/graphTypes';

interface NodeDetailsProps {
  node: GraphNodeData;
  links: { edge: GraphEdgeData; other: GraphNodeData }[];
  pinned: boolean;
  onExpand(): void;
  onHide(): void;
  onTogglePin(): void;
  onPathFrom(): void;
  onPathTo(): void;
  onWhoKnows(): void;
  onSelect(id: string): void;
}

/** The selected record: what it is, its links in the view, and what to do with it. */
export function NodeDetails({ node, links, pinned, ...actions }: NodeDetailsProps) {
  const path = graphRecordPath(node);
  return (
    <Stack gap="sm">
      <div>
        <Badge variant="light" mb={4}>
          {NODE_KIND_LABELS[node.kind]}
        </Badge>
        <Title order={2} size="h4">
          {node.label}
        </Title>
        {node.subtitle && (
          <Text size="sm" c="dimmed">
            {node.subtitle}
          </Text>
        )}
        {path && (
          <Anchor component={Link} to={path} size="sm">
            Open {node.label}’s page
          </Anchor>
        )}
      </div>
      <Group gap="xs">
        <Button size="xs" leftSection={<IconArrowsMaximize size={16} aria-hidden />} onClick={actions.onExpand}>
          Expand neighbours
        </Button>
        <Button size="xs" variant="default" leftSection={<IconEyeOff size={16} aria-hidden />} onClick={actions.onHide}>
          Hide
        </Button>
        <Button
          size="xs"
          variant="default"
          leftSection={pinned ? <IconPinnedOff size={16} aria-hidden /> : <IconPin size={16} aria-hidden />}
          onClick={actions.onTogglePin}
        >
          {pinned ? 'Unpin' : 'Pin'}
        </Button>
      </Group>
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconRoute size={16} aria-hidden />}
          onClick={actions.onPathFrom}
        >
          Path from here
        </Button>
        <Button size="xs" variant="light" leftSection={<IconRoute size={16} aria-hidden />} onClick={actions.onPathTo}>
          Path to here
        </Button>
        {(node.kind === 'ORGANIZATION' || node.kind === 'CONTACT') && (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUsersGroup size={16} aria-hidden />}
            onClick={actions.onWhoKnows}
          >
            Who knows someone there?
          </Button>
        )}
      </Group>
      <Text size="sm" fw={600}>
        {links.length} {links.length === 1 ? 'link' : 'links'} in this view
      </Text>
      <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {links.slice(0, 50).map(({ edge, other }) => {
          const attributes = edgeAttributes(edge);
          return (
            <li key={edge.id}>
              <Text size="sm">
                {EDGE_KIND_LABELS[edge.kind]}
                {attributes.length > 0 && ` (${attributes.join(', ')})`}:{' '}
                <Anchor component="button" type="button" size="sm" onClick={() => actions.onSelect(other.id)}>
                  {other.label}
                </Anchor>
              </Text>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
