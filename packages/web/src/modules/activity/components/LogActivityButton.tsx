import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhone, IconUsersGroup } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { useSession } from '../../../app/session/useSession';
import type { ActivityKind, CreateActivityInput } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { ACTIVITY_KIND_LABELS } from '../activityLabels';
import type { ConcernedRecord } from '../activityRecords';
import { useCreateActivity } from '../hooks/useCreateActivity';
import { toLocalInput } from './activityFormValues';
import { UserMultiSelect } from '../../bulk/components/UserSelect';
import { FollowUpFields, NO_FOLLOW_UP, followUpInput, type FollowUpValues } from './FollowUpFields';
import { RecordListInput } from './RecordListInput';
import { DateTimeField } from '../../../ui/DateField';

type LoggedKind = Extract<ActivityKind, 'CALL' | 'MEETING' | 'EMAIL' | 'NOTE'>;

const KIND_CHOICES: { value: LoggedKind; label: string }[] = (['CALL', 'MEETING', 'EMAIL', 'NOTE'] as const).map(
  (kind) => ({ value: kind, label: ACTIVITY_KIND_LABELS[kind] }),
);

/** "Call with Ada Lovelace", "Note about CERN". */
function defaultSubject(kind: LoggedKind, name: string): string {
  return kind === 'NOTE' ? `Note about ${name}` : `${ACTIVITY_KIND_LABELS[kind]} with ${name}`;
}

/**
 * What logging on a record's page sends: the record as what it concerns, or, for a contact, as a
 * participant (a contact's timeline shows the activities they take part in). An activity whose time
 * has come is logged as done; one in the future as planned.
 */
export interface LogValues {
  kind: LoggedKind;
  subject: string;
  when: string;
  notes: string;
  /** Other contacts taking part, besides the page's contact. */
  contacts?: ConcernedRecord[];
  /** Colleagues taking part. */
  userIds?: string[];
  followUp?: FollowUpValues;
}

export function logInput(record: ConcernedRecord, values: LogValues, now = dayjs()): CreateActivityInput {
  const startsAt = values.when ? dayjs(values.when) : now;
  const others = (values.contacts ?? []).map((contact) => contact.id).filter((id) => id !== record.id);
  const participantContactIds = record.kind === 'CONTACT' ? [record.id, ...others] : others;
  const followUp = values.followUp && followUpInput(values.followUp);
  return {
    kind: values.kind,
    subject: values.subject.trim(),
    startsAt: startsAt.toISOString(),
    status: startsAt.isAfter(now) ? 'PLANNED' : 'DONE',
    ...(values.notes.trim() && { description: values.notes.trim() }),
    ...(participantContactIds.length > 0 && { participantContactIds }),
    ...(values.userIds?.length && { participantUserIds: values.userIds }),
    ...(record.kind !== 'CONTACT' && {
      concerns: record.kind === 'PROJECT' ? { projectIds: [record.id] } : { organizationIds: [record.id] },
    }),
    ...(followUp && { followUp }),
  };
}

/** "Log a call", "Log an email". */
const titleOf = (kind: LoggedKind) =>
  `Log ${kind === 'EMAIL' ? 'an' : 'a'} ${ACTIVITY_KIND_LABELS[kind].toLowerCase()}`;

export interface LogActivityButtonProps {
  /** The organization, contact or project whose page it is on. */
  record: ConcernedRecord;
}

/**
 * "Log a call" and "Log a meeting": one click opens a form filled in (the kind, now, a subject
 * naming the record, the record linked), one more saves it. The record's timeline shows it at once.
 * Nothing for viewers.
 */
export function LogActivityButton({ record }: LogActivityButtonProps) {
  const { canEdit } = useSession();
  const [kind, setKind] = useState<LoggedKind | null>(null);
  const [subject, setSubject] = useState('');
  const [subjectTouched, setSubjectTouched] = useState(false);
  const [when, setWhen] = useState('');
  const [notes, setNotes] = useState('');
  const [contacts, setContacts] = useState<ConcernedRecord[]>([]);
  const [userIds, setUserIds] = useState<string[]>([]);
  const [followUp, setFollowUp] = useState<FollowUpValues>(NO_FOLLOW_UP);
  const [error, setError] = useState<unknown>(null);
  const [createActivity, { loading }] = useCreateActivity();
  if (!canEdit) return null;

  const open = (chosen: LoggedKind) => {
    setKind(chosen);
    setSubject(defaultSubject(chosen, record.name));
    setSubjectTouched(false);
    setWhen(toLocalInput(new Date().toISOString()));
    setNotes('');
    setContacts([]);
    setUserIds([]);
    setFollowUp(NO_FOLLOW_UP);
    setError(null);
  };
  const close = () => setKind(null);
  const changeKind = (next: LoggedKind) => {
    setKind(next);
    if (!subjectTouched) setSubject(defaultSubject(next, record.name));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!kind || !subject.trim() || (followUp.wanted && !followUp.subject.trim())) return;
    setError(null);
    try {
      const created = await createActivity(
        logInput(record, { kind, subject, when, notes, contacts, userIds, followUp }),
      );
      const withTodo = followUp.wanted ? ' with its follow-up to-do' : '';
      notifications.show({ color: 'green', message: `${created.subject} was logged${withTodo}.` });
      close();
    } catch (caught) {
      setError(caught);
    }
  };
  const fieldErrors = fieldErrorsOf(error);

  return (
    <>
      <Group gap="xs">
        <Button variant="default" leftSection={<IconPhone size={18} aria-hidden />} onClick={() => open('CALL')}>
          Log a call
        </Button>
        <Button
          variant="default"
          leftSection={<IconUsersGroup size={18} aria-hidden />}
          onClick={() => open('MEETING')}
        >
          Log a meeting
        </Button>
      </Group>
      <Modal opened={kind !== null} onClose={close} title={kind ? titleOf(kind) : ''} closeOnClickOutside={false}>
        {kind && (
          <form onSubmit={(event) => void save(event)} noValidate aria-label="Log an activity">
            <Stack>
              {error ? <ErrorAlert error={error} /> : null}
              <SegmentedControl
                aria-label="Kind"
                data={KIND_CHOICES}
                value={kind}
                onChange={(value) => changeKind(value as LoggedKind)}
              />
              <TextInput
                label="Subject"
                withAsterisk
                value={subject}
                onChange={(event) => {
                  setSubject(event.currentTarget.value);
                  setSubjectTouched(true);
                }}
                error={fieldErrors.subject ?? (subject.trim() ? undefined : 'Say in one line what it was about')}
              />
              <DateTimeField
                label="When"
                value={when}
                onChange={(value) => setWhen(value)}
                error={fieldErrors.startsAt}
              />
              <Textarea
                label="Notes"
                placeholder="What was said, what comes next"
                autosize
                minRows={3}
                value={notes}
                onChange={(event) => setNotes(event.currentTarget.value)}
                data-autofocus
              />
              <Text size="sm" c="dimmed">
                {record.kind === 'CONTACT' ? 'With' : 'Concerns'} {record.name}
              </Text>
              <RecordListInput
                label={record.kind === 'CONTACT' ? 'Other contacts taking part' : 'Contacts taking part'}
                kinds={['CONTACT']}
                addLabel="Add a contact"
                value={contacts}
                onChange={setContacts}
                error={fieldErrors.participantContactIds}
              />
              <UserMultiSelect
                label="Colleagues taking part"
                value={userIds}
                onChange={setUserIds}
                error={fieldErrors.participantUserIds}
                comboboxProps={{ withinPortal: true }}
                // Typing a name then Enter takes the first match, as the contact field does; without
                // it Enter found no chosen option and saved the dialog without the colleague.
                selectFirstOptionOnChange
              />
              <FollowUpFields value={followUp} onChange={setFollowUp} error={fieldErrors['followUp.subject']} />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  Cancel
                </Button>
                <Button
                  type="submit"
                  loading={loading}
                  disabled={!subject.trim() || (followUp.wanted && !followUp.subject.trim())}
                >
                  Save
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
