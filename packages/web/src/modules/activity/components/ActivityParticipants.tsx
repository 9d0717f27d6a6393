import { ActionIcon, Anchor, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { describeError } from '../../../ui/errors/describeError';
import { useUserOptions } from '../../bulk/hooks/useUserOptions';
import { useAddActivityParticipants } from '../hooks/useActivityParticipants';
import { useRemoveActivityParticipants } from '../hooks/useRemoveActivityParticipants';
import { RecordPicker } from './RecordPicker';

export const ActivityParticipants_activity = graphql(`
  fragment ActivityParticipants_activity on Activity {
    id
    participants {
      contacts {
        id
        name
        title
      }
      users {
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

/** The contacts and colleagues who take part; editors add and remove them. */
export function ActivityParticipants(props: {
  activity: FragmentType<typeof ActivityParticipants_activity>;
  canEdit: boolean;
}) {
  const activity = getFragmentData(ActivityParticipants_activity, props.activity);
  const { contacts, users } = activity.participants;
  const [add] = useAddActivityParticipants();
  const [remove] = useRemoveActivityParticipants();
  const { options: userOptions } = useUserOptions();
  const activityId = activity.id;
  const removeButton = (name: string, onClick: () => void) =>
    props.canEdit && (
      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Remove ${name}`} onClick={onClick}>
        <IconX size={14} aria-hidden />
      </ActionIcon>
    );

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        Participants
      </Title>
      {contacts.length + users.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nobody is recorded as taking part.{props.canEdit ? ' Add contacts or colleagues below.' : ''}
        </Text>
      ) : (
        <List spacing={4} listStyleType="none" aria-label="Participants">
          {contacts.map((contact) => (
            <List.Item key={contact.id}>
              <Group gap="xs" wrap="nowrap">
                <Anchor component={Link} to={`/contacts/${contact.id}`}>
                  {contact.name}
                </Anchor>
                {contact.title && (
                  <Text span size="sm" c="dimmed">
                    {contact.title}
                  </Text>
                )}
                {removeButton(contact.name, () => void remove({ activityId, contactIds: [contact.id] }).catch(fail))}
              </Group>
            </List.Item>
          ))}
          {users.map((user) => (
            <List.Item key={user.id}>
              <Group gap="xs" wrap="nowrap">
                <Text span>{user.name}</Text>
                <Text span size="xs" c="dimmed">
                  colleague
                </Text>
                {removeButton(user.name, () => void remove({ activityId, userIds: [user.id] }).catch(fail))}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {props.canEdit && (
        <Stack gap="xs" mt="sm">
          <RecordPicker
            key={`contacts-${contacts.length}`}
            label="Add a contact"
            kinds={['CONTACT']}
            excludeKeys={contacts.map((contact) => `CONTACT:${contact.id}`)}
            value={null}
            onChange={(record) => {
              if (record) void add({ activityId, contactIds: [record.id] }).catch(fail);
            }}
          />
          <Select
            key={`users-${users.length}`}
            label="Add a colleague"
            placeholder="Choose a colleague"
            searchable
            data={userOptions.filter((option: { value: string }) => !users.some((user) => user.id === option.value))}
            value={null}
            onChange={(userId) => {
              if (userId) void add({ activityId, userIds: [userId] }).catch(fail);
            }}
            comboboxProps={{ withinPortal: true }}
          />
        </Stack>
      )}
    </Paper>
  );
}
