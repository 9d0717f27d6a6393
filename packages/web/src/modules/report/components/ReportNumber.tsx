import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { drillHref } from '../../../ui/list';
import type { ReportResult } from './ReportView';

interface Comparison {
  direction: 'up' | 'down' | 'same';
  /** The change in percent of the previous figure, rounded; null when that was 0. */
  percent: number | null;
  /** The change in words, for everyone (the arrow only repeats it). */
  text: string;
}

const format = (value: number) => (Number.isInteger(value) ? value.toLocaleString('en') : value.toFixed(2));

/** How a figure moved since the previous period. */
export function compare(value: number, previous: number): Comparison {
  const direction = value > previous ? 'up' : value < previous ? 'down' : 'same';
  const percent = previous === 0 ? null : Math.round((Math.abs(value - previous) / Math.abs(previous)) * 100);
  const from = `from ${format(previous)} in the previous period`;
  if (direction === 'same') return { direction, percent: 0, text: `No change ${from}` };
  const word = direction === 'up' ? 'Up' : 'Down';
  return { direction, percent, text: percent == null ? `${word} ${from}` : `${word} ${percent} % ${from}` };
}

const ARROWS = { up: IconArrowUpRight, down: IconArrowDownRight, same: IconArrowRight };

/**
 * A report of no grouping as one number: its first figure, opening the records it counts, and
 * when the period is compared, the previous figure and the change in percent.
 */
export function ReportNumber({ report, title }: { report: ReportResult; title: string }) {
  const row = report.rows[0];
  const value = row?.values[0] ?? 0;
  const previous = row?.previous?.[0];
  const comparison = previous != null ? compare(value, previous) : null;
  const Arrow = comparison ? ARROWS[comparison.direction] : null;
  return (
    <Stack gap={4} role="group" aria-label={title}>
      <Text component="p" fz={40} fw={700} lh={1.1} m={0}>
        {row?.filter ? (
          <Anchor
            component={Link}
            to={drillHref(report.list, row.filter)}
            inherit
            aria-label={`${format(value)}: ${report.measures[0]?.label ?? 'Count'}, open the records`}
          >
            {format(value)}
          </Anchor>
        ) : (
          format(value)
        )}
      </Text>
      <Text size="sm" c="dimmed">
        {report.measures[0]?.label ?? 'Count'}
      </Text>
      {comparison && Arrow ? (
        <Group gap={4} wrap="nowrap">
          <Arrow size={18} aria-hidden />
          <Text size="sm">
            {row?.previousFilter ? (
              <Anchor component={Link} to={drillHref(report.list, row.previousFilter)} inherit>
                {comparison.text}
              </Anchor>
            ) : (
              comparison.text
            )}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
