import { screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ProjectLinkDialog, type ExistingProjectLink } from '../components/ProjectLinkDialog';
import { ContactPickerQuery } from '../../contact/components/ContactPicker';
import { ProjectPickerQuery } from '../../project/components/ProjectPicker';
import { LinkContactToProjectMutation } from '../hooks/useLinkContactToProject';
import { LinkOrganizationToProjectMutation } from '../hooks/useLinkOrganizationToProject';
import { UnlinkOrganizationFromProjectMutation } from '../hooks/useUnlinkOrganizationFromProject';
import { UpdateProjectOrganizationLinkMutation } from '../hooks/useUpdateProjectOrganizationLink';
import { organizationLinkRecord, organizationPickerMock } from '../../project/__tests__/projectMocks';

const PROJECT = { id: 'project-1', name: 'Open Science Grid' };

const EXISTING: ExistingProjectLink = {
  id: 'link-1',
  version: 2,
  role: 'PARTNER',
  since: '2025-01-01',
  until: null,
  note: null,
  project: PROJECT,
  target: { id: 'org-cern', name: 'CERN' },
};

describe('ProjectLinkDialog', () => {
  it('adds an organization to the project in the chosen role, with its dates', async () => {
    const onClose = jest.fn();
    const linked = {
      request: {
        query: LinkOrganizationToProjectMutation,
        variables: {
          input: {
            projectId: 'project-1',
            organizationId: 'org-embl',
            role: 'COORDINATOR',
            since: '2025-03-01',
            until: null,
            note: 'Leads work package 2',
          },
        },
      },
      result: { data: { linkOrganizationToProject: organizationLinkRecord({ role: 'COORDINATOR' }) } },
    };
    const { user } = renderWithProviders(
      <ProjectLinkDialog opened onClose={onClose} party="organization" project={PROJECT} />,
      { mocks: [organizationPickerMock, linked] },
    );

    expect(screen.getByRole('dialog', { name: 'Add an organization to Open Science Grid' })).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Organization' }), 'EMB');
    // jsdom cannot place this dropdown (no layout), so Mantine keeps it hidden: pick the option as it is.
    await user.click(await screen.findByRole('option', { name: 'EMBL', hidden: true }));
    await user.click(screen.getByRole('combobox', { name: /Role/ }));
    await user.click(await screen.findByRole('option', { name: 'Coordinator' }));
    await user.type(screen.getByLabelText('Since'), '2025-03-01');
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Leads work package 2');
    await user.click(screen.getByRole('button', { name: 'Add' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await screen.findByText('EMBL is coordinator of Open Science Grid.')).toBeInTheDocument();
  });

  it('asks for the organization and the role, and refuses an end before the start', async () => {
    const onClose = jest.fn();
    const { user } = renderWithProviders(
      <ProjectLinkDialog opened onClose={onClose} party="organization" project={PROJECT} />,
      { mocks: [organizationPickerMock] },
    );
    await user.type(screen.getByLabelText('Since'), '2025-03-01');
    await user.type(screen.getByLabelText('Until'), '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('combobox', { name: 'Organization' })).toHaveAccessibleDescription(
      'Choose the organization',
    );
    expect(screen.getByRole('combobox', { name: /Role/ })).toHaveAccessibleDescription('Choose the role');
    expect(screen.getByLabelText('Until')).toHaveAccessibleDescription('Cannot be before "Since"');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('changes the role of a link, sending the version it edits', async () => {
    const onClose = jest.fn();
    const updated = {
      request: {
        query: UpdateProjectOrganizationLinkMutation,
        variables: {
          input: { id: 'link-1', version: 2, role: 'HOST', since: '2025-01-01', until: null, note: null },
        },
      },
      result: {
        data: {
          updateProjectOrganizationLink: organizationLinkRecord({ version: 3, role: 'HOST', since: '2025-01-01' }),
        },
      },
    };
    const { user } = renderWithProviders(
      <ProjectLinkDialog opened onClose={onClose} party="organization" link={EXISTING} />,
      { mocks: [updated] },
    );
    expect(screen.getByRole('dialog', { name: 'CERN in Open Science Grid' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Organization' })).not.toBeInTheDocument();
    const role = screen.getByRole('combobox', { name: /Role/ });
    expect(role).toHaveValue('Partner');
    await user.click(role);
    await user.click(await screen.findByRole('option', { name: 'Host' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('removes a link only once confirmed, and says why when the server refuses', async () => {
    const onClose = jest.fn();
    const refused = {
      request: { query: UnlinkOrganizationFromProjectMutation, variables: { input: { id: 'link-1', version: 2 } } },
      result: {
        errors: [{ message: 'ProjectOrganizationLink changed since version 2', extensions: { code: 'CONFLICT' } }],
        data: null,
      },
    };
    const { user } = renderWithProviders(
      <ProjectLinkDialog opened onClose={onClose} party="organization" link={EXISTING} />,
      { mocks: [refused] },
    );
    await user.click(screen.getByRole('button', { name: 'Remove from project' }));
    expect(screen.getByText(/Remove CERN from Open Science Grid\?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toHaveTextContent(
      'Someone else changed this meanwhile',
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  describe('adding a contact to a completed project', () => {
    const contactPicker = {
      request: { query: ContactPickerQuery, variables: () => true },
      result: {
        data: {
          contacts: {
            __typename: 'ContactConnection',
            nodes: [{ __typename: 'Contact', id: 'contact-1', name: 'Marie Curie', primaryOrganization: null }],
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const projectPicker = {
      request: { query: ProjectPickerQuery, variables: () => true },
      result: {
        data: {
          projects: {
            __typename: 'ProjectConnection',
            nodes: [
              { __typename: 'Project', id: 'project-1', name: 'Open Science Grid', acronym: null, status: 'COMPLETED' },
              { __typename: 'Project', id: 'project-2', name: 'Open Data Portal', acronym: null, status: 'ACTIVE' },
            ],
          },
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const linked = (projectId: string) => ({
      request: {
        query: LinkContactToProjectMutation,
        variables: {
          input: { projectId, contactId: 'contact-1', role: 'PARTNER', since: null, until: null, note: null },
        },
      },
      result: {
        data: {
          linkContactToProject: {
            __typename: 'ProjectContactLink',
            id: 'link-9',
            version: 1,
            role: 'PARTNER',
            since: null,
            until: null,
            note: null,
            contact: { __typename: 'Contact', id: 'contact-1', name: 'Marie Curie', deletedAt: null },
            project: {
              __typename: 'Project',
              id: projectId,
              name: 'Open Science Grid',
              acronym: null,
              status: 'COMPLETED',
            },
          },
        },
      },
    });

    it('warns on the project page, and adds the contact once the user confirms', async () => {
      const onClose = jest.fn();
      const { user } = renderWithProviders(
        <ProjectLinkDialog opened onClose={onClose} party="contact" project={{ ...PROJECT, status: 'COMPLETED' }} />,
        { mocks: [contactPicker, linked('project-1')] },
      );
      const dialog = screen.getByRole('dialog', { name: 'Add a contact to Open Science Grid' });
      expect(within(dialog).getByRole('alert')).toHaveTextContent('This project is completed');
      expect(within(dialog).queryByRole('button', { name: 'Add' })).not.toBeInTheDocument();
      await user.type(screen.getByRole('combobox', { name: /Contact/ }), 'Curie');
      await user.click(await screen.findByRole('option', { name: /Marie Curie/, hidden: true }));
      expect(within(dialog).getByRole('alert')).toHaveTextContent('Add Marie Curie only to record');
      await user.click(screen.getByRole('combobox', { name: /Role/ }));
      await user.click(await screen.findByRole('option', { name: 'Partner' }));
      await user.click(within(dialog).getByRole('button', { name: 'Add anyway' }));
      await waitFor(() => expect(onClose).toHaveBeenCalled());
      expect(await screen.findByText('Marie Curie is partner of Open Science Grid.')).toBeInTheDocument();
    });

    it('gives no warning for a project that is not completed', () => {
      renderWithProviders(
        <ProjectLinkDialog opened onClose={jest.fn()} party="contact" project={{ ...PROJECT, status: 'ACTIVE' }} />,
        { mocks: [contactPicker] },
      );
      const dialog = screen.getByRole('dialog', { name: 'Add a contact to Open Science Grid' });
      expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
      expect(within(dialog).getByRole('button', { name: 'Add' })).toBeInTheDocument();
    });

    it('warns on the contact page once a completed project is picked, and not for an active one', async () => {
      const onClose = jest.fn();
      const marie = { id: 'contact-1', name: 'Marie Curie' };
      const { user } = renderWithProviders(
        <ProjectLinkDialog opened onClose={onClose} party="contact" target={marie} />,
        { mocks: [projectPicker, linked('project-1')] },
      );
      const dialog = screen.getByRole('dialog', { name: 'Add Marie Curie to a project' });
      const picker = screen.getByRole('combobox', { name: /Project/ });
      await user.type(picker, 'Open');
      await user.click(await screen.findByRole('option', { name: 'Open Data Portal', hidden: true }));
      expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
      await user.clear(picker);
      await user.type(picker, 'Open');
      await user.click(await screen.findByRole('option', { name: 'Open Science Grid', hidden: true }));
      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'This project is completedOpen Science Grid has ended. Add Marie Curie only to record',
      );
      await user.click(screen.getByRole('combobox', { name: /Role/ }));
      await user.click(await screen.findByRole('option', { name: 'Partner' }));
      await user.click(within(dialog).getByRole('button', { name: 'Add anyway' }));
      await waitFor(() => expect(onClose).toHaveBeenCalled());
    });
  });
});
