import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ProjectRole, ProjectStatus } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { useDialogForm } from '../../../ui/form';
import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { useLinkContactToProject } from '../hooks/useLinkContactToProject';
import { useLinkOrganizationToProject } from '../hooks/useLinkOrganizationToProject';
import { useUnlinkContactFromProject } from '../hooks/useUnlinkContactFromProject';
import { useUnlinkOrganizationFromProject } from '../hooks/useUnlinkOrganizationFromProject';
import { useUpdateProjectContactLink } from '../hooks/useUpdateProjectContactLink';
import { useUpdateProjectOrganizationLink } from '../hooks/useUpdateProjectOrganizationLink';
import { PROJECT_ROLE_LABELS, PROJECT_ROLE_OPTIONS } from '../../project/projectLabels';
import { ContactPicker } from '../../contact/components/ContactPicker';
import { ProjectPicker } from '../../project/components/ProjectPicker';
import { DateField } from '../../../ui/DateField';

/** Which side of the project the link joins. */
export type ProjectParty = 'organization' | 'contact';

interface Named {
  id: string;
  name: string;
}

/** A project, with its status when known (a completed one asks before someone joins it). */
interface NamedProject extends Named {
  status?: ProjectStatus;
}

/** A link as the dialog edits it. */
export interface ExistingProjectLink {
  id: string;
  version: number;
  role: ProjectRole;
  since?: string | null;
  until?: string | null;
  note?: string | null;
  project: Named;
  target: Named;
}

export interface ProjectLinkDialogProps {
  opened: boolean;
  onClose(): void;
  party: ProjectParty;
  /** The project, when the dialog opens from its page. */
  project?: NamedProject;
  /** The organization or contact, when the dialog opens from its page. */
  target?: Named;
  /** The link to change or remove; a new one when absent. */
  link?: ExistingProjectLink;
}

interface LinkFormValues {
  project: NamedProject | null;
  target: Named | null;
  role: ProjectRole | null;
  since: string;
  until: string;
  note: string;
}

const FIELD_LABELS: Record<string, string> = {
  project: 'Project',
  target: 'Organization or contact',
  role: 'Role',
  since: 'Since',
  until: 'Until',
  note: 'Note',
};

/** Server messages about `projectId`, `organizationId` or `contactId` belong beside the pickers. */
function formErrorsOf(fields: Record<string, string>): Record<string, string> {
  const { projectId, organizationId, contactId, ...rest } = fields;
  return {
    ...rest,
    ...(projectId && { project: projectId }),
    ...((organizationId || contactId) && { target: (organizationId ?? contactId)! }),
  };
}

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Adds an organization or a contact to a project in a role (with dates and a note), changes the
 * role of an existing link, or removes it. Opens from the project page (project fixed) or from the
 * organization's or contact's page (that side fixed).
 */
export function ProjectLinkDialog(props: ProjectLinkDialogProps) {
  const { opened, onClose, party, link } = props;
  const noun = party === 'organization' ? 'organization' : 'contact';
  const title = link
    ? `${link.target.name} in ${link.project.name}`
    : props.project
      ? `Add ${party === 'organization' ? 'an organization' : 'a contact'} to ${props.project.name}`
      : `Add ${props.target?.name ?? `this ${noun}`} to a project`;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {opened && <ProjectLinkForm {...props} />}
    </Modal>
  );
}

function ProjectLinkForm({ onClose, party, project, target, link }: ProjectLinkDialogProps) {
  const noun = party === 'organization' ? 'organization' : 'contact';
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const [linkOrganization] = useLinkOrganizationToProject();
  const [linkContact] = useLinkContactToProject();
  const [updateOrganizationLink] = useUpdateProjectOrganizationLink();
  const [updateContactLink] = useUpdateProjectContactLink();
  const [unlinkOrganization, { loading: unlinkingOrganization }] = useUnlinkOrganizationFromProject();
  const [unlinkContact, { loading: unlinkingContact }] = useUnlinkContactFromProject();
  const { form, error, run, formProps } = useDialogForm<LinkFormValues>({
    values: {
      project: link?.project ?? project ?? null,
      target: link?.target ?? target ?? null,
      role: link?.role ?? null,
      since: link?.since ?? '',
      until: link?.until ?? '',
      note: link?.note ?? '',
    },
    validate: {
      project: (value) => (value ? null : 'Choose the project'),
      target: (value) => (value ? null : `Choose the ${party}`),
      role: (value) => (value ? null : 'Choose the role'),
      until: (value, values) => (value && values.since && value < values.since ? 'Cannot be before "Since"' : null),
    },
    onSubmit: async (values) => {
      const details = {
        role: values.role!,
        since: blankToNull(values.since),
        until: blankToNull(values.until),
        note: blankToNull(values.note),
      };
      if (link) {
        const update = party === 'organization' ? updateOrganizationLink : updateContactLink;
        await update({ id: link.id, version: link.version, ...details });
      } else if (party === 'organization') {
        await linkOrganization({ projectId: values.project!.id, organizationId: values.target!.id, ...details });
      } else {
        await linkContact({ projectId: values.project!.id, contactId: values.target!.id, ...details });
      }
      notifications.show({
        color: 'green',
        message: `${values.target!.name} is ${PROJECT_ROLE_LABELS[details.role].toLowerCase()} of ${values.project!.name}.`,
      });
      onClose();
    },
    formErrorsOf,
  });

  const remove = async () => {
    if (!link) return;
    const removed = await run(async () => {
      const unlink = party === 'organization' ? unlinkOrganization : unlinkContact;
      await unlink({ id: link.id, version: link.version });
      notifications.show({ color: 'green', message: `${link.target.name} was removed from ${link.project.name}.` });
      onClose();
    });
    if (!removed) setConfirmingRemoval(false);
  };

  const fixedProject = Boolean(link || project);
  const fixedTarget = Boolean(link || target);
  // Joining a completed project is unusual (it may be a mistake): say so, and let the user confirm.
  const completed = !link && form.values.project?.status === 'COMPLETED' ? form.values.project : null;

  return (
    <form onSubmit={formProps.onSubmit} noValidate aria-label={link ? 'Change the link' : 'Add to project'}>
      <Stack>
        {error ? <ErrorAlert error={error} fieldLabels={FIELD_LABELS} /> : null}
        {!fixedProject && (
          <ProjectPicker label="Project" withAsterisk withinPortal {...form.getInputProps('project')} />
        )}
        {!fixedTarget &&
          (party === 'organization' ? (
            <OrganizationPicker label="Organization" {...form.getInputProps('target')} />
          ) : (
            <ContactPicker label="Contact" withAsterisk withinPortal {...form.getInputProps('target')} />
          ))}
        {completed && (
          <Alert color="yellow" title="This project is completed" role="alert">
            {completed.name} has ended. Add {form.values.target?.name ?? `this ${noun}`} only to record that they took
            part in it; new work belongs in an active project.
          </Alert>
        )}
        <Select
          label="Role"
          withAsterisk
          data={PROJECT_ROLE_OPTIONS}
          comboboxProps={{ withinPortal: true }}
          data-autofocus={fixedProject && fixedTarget ? true : undefined}
          {...form.getInputProps('role')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label="Since" {...form.getInputProps('since')} />
          <DateField label="Until" {...form.getInputProps('until')} />
        </SimpleGrid>
        <Textarea label="Note" autosize minRows={2} maxRows={6} {...form.getInputProps('note')} />
        {confirmingRemoval && link ? (
          <Stack gap="xs" role="group" aria-label="Confirm removal">
            <Text size="sm">
              Remove {link.target.name} from {link.project.name}? The change is kept in the history.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmingRemoval(false)}>
                Keep it
              </Button>
              <Button color="red" loading={unlinkingOrganization || unlinkingContact} onClick={() => void remove()}>
                Yes, remove
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group justify="space-between">
            {link ? (
              <Button variant="subtle" color="red" onClick={() => setConfirmingRemoval(true)}>
                Remove from project
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={form.submitting}>
                {link ? 'Save' : completed ? 'Add anyway' : 'Add'}
              </Button>
            </Group>
          </Group>
        )}
      </Stack>
    </form>
  );
}
