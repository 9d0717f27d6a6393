import { Badge, Group, Text } from '@mantine/core';
import { describePeriod, hasEnded } from '../contactLabels';

/** An affiliation's role, main or past, and period, in one line. */
export function AffiliationAttributes({
  role,
  primary,
  since,
  until,
}: {
  role?: string | null;
  primary: boolean;
  since?: string | null;
  until?: string | null;
}) {
  const period = describePeriod(since, until);
  return (
    <Group gap={6} wrap="wrap">
      {role && <Text size="sm">{role}</Text>}
      {primary && (
        <Badge size="sm" variant="light" color="blue">
          Main
        </Badge>
      )}
      {hasEnded(until) && (
        <Badge size="sm" variant="light" color="gray">
          Past
        </Badge>
      )}
      {period && (
        <Text size="sm" c="dimmed">
          {period}
        </Text>
      )}
    </Group>
  );
}
