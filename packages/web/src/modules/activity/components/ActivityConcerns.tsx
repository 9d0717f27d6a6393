import { ActionIcon, Anchor, Group, List, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { describeError } from '../../../ui/errors/describeError';
import { CONCERNED_KIND_LIST, CONCERNED_KINDS, recordPath, type ConcernedKind } from '../activityRecords';
import { useLinkActivity } from '../hooks/useLinkActivity';
import { useUnlinkActivity } from '../hooks/useUnlinkActivity';
import { RecordPicker, recordKey } from './RecordPicker';

export const ActivityConcerns_activity = graphql(`
  fragment ActivityConcerns_activity on Activity {
    id
    links {
      id
      organization {
        id
        name
      }
      contact {
        id
        name
      }
      project {
        id
        name
      }
    }
  }
`);

const fail = (error: unknown) => {
  const { title, message } = describeError(error);
  notifications.show({ color: 'red', title, message });
};

/** The organizations, contacts and projects an activity concerns; editors add and remove them. */
export function ActivityConcerns(props: {
  activity: FragmentType<typeof ActivityConcerns_activity>;
  canEdit: boolean;
}) {
  const activity = getFragmentData(ActivityConcerns_activity, props.activity);
  const [link, { loading: linking }] = useLinkActivity();
  const [unlink] = useUnlinkActivity();
  const records = activity.links.flatMap((activityLink) => {
    const target =
      (activityLink.organization && { kind: 'ORGANIZATION' as ConcernedKind, ...activityLink.organization }) ||
      (activityLink.contact && { kind: 'CONTACT' as ConcernedKind, ...activityLink.contact }) ||
      (activityLink.project && { kind: 'PROJECT' as ConcernedKind, ...activityLink.project });
    return target ? [{ linkId: activityLink.id, ...target }] : [];
  });

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Concerns
      </Title>
      {records.length === 0 ? (
        <Text c="dimmed" size="sm">
          It concerns no organization, contact or project yet.
          {props.canEdit ? ' Add one below, so that it shows in their timeline.' : ''}
        </Text>
      ) : (
        <List spacing={4} listStyleType="none" aria-label="Records it concerns">
          {records.map((record) => (
            <List.Item key={record.linkId}>
              <Group gap="xs" wrap="nowrap">
                <Text span size="xs" c="dimmed" w={90}>
                  {CONCERNED_KINDS[record.kind].label}
                </Text>
                <Anchor component={Link} to={recordPath(record)}>
                  {record.name}
                </Anchor>
                {props.canEdit && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    aria-label={`Remove ${record.name}`}
                    onClick={() => void unlink(record.linkId, record).catch(fail)}
                  >
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {props.canEdit && (
        <RecordPicker
          key={records.length}
          label="Add a record it concerns"
          kinds={CONCERNED_KIND_LIST}
          excludeKeys={records.map(recordKey)}
          value={null}
          onChange={(record) => {
            if (record) void link(activity.id, record).catch(fail);
          }}
          description={linking ? 'Adding…' : undefined}
        />
      )}
    </Paper>
  );
}
