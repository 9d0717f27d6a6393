import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { recordPath, type ConcernedKind } from '../activityRecords';

export interface ConcernsLike {
  organizations: readonly { id: string; name: string }[];
  contacts: readonly { id: string; name: string }[];
  projects: readonly { id: string; name: string }[];
}

/** Every record of an activity's `concerns`, in one list: organizations, then contacts, then projects. */
export function concernedRecordsOf(concerns: ConcernsLike) {
  return [
    ...concerns.organizations.map((record) => ({ ...record, kind: 'ORGANIZATION' as ConcernedKind })),
    ...concerns.contacts.map((record) => ({ ...record, kind: 'CONTACT' as ConcernedKind })),
    ...concerns.projects.map((record) => ({ ...record, kind: 'PROJECT' as ConcernedKind })),
  ];
}

/** The records an activity concerns, as links separated by commas. */
export function ActivityConcernLinks({ concerns, size = 'sm' }: { concerns: ConcernsLike; size?: 'xs' | 'sm' }) {
  const records = concernedRecordsOf(concerns);
  if (records.length === 0) return null;
  return (
    <Group gap={4} component="span" wrap="wrap">
      {records.map((record, index) => (
        <Text span size={size} key={`${record.kind}:${record.id}`}>
          <Anchor component={Link} to={recordPath(record)} size={size}>
            {record.name}
          </Anchor>
          {index < records.length - 1 ? ',' : ''}
        </Text>
      ))}
    </Group>
  );
}
