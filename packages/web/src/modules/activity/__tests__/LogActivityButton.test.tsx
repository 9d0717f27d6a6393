import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import type { CreateActivityInput } from '../../../generated/graphql';
import { EDITOR_SESSION, renderWithProviders } from '../../../test/renderWithProviders';
import { LogActivityButton, logInput } from '../components/LogActivityButton';
import { CreateActivityMutation } from '../hooks/useCreateActivity';
import { activityRecord, userOptionsMock } from './activityMocks';

const CERN = { kind: 'ORGANIZATION' as const, id: 'org-1', name: 'CERN' };

describe('LogActivityButton', () => {
  it('opens a call prefilled for the record, and one click on Save creates it', async () => {
    const sent: CreateActivityInput[] = [];
    const created = {
      request: {
        query: CreateActivityMutation,
        variables: (variables: { input: CreateActivityInput }) => {
          sent.push(variables.input);
          return true;
        },
      },
      result: { data: { createActivity: activityRecord('act-1') } },
    };
    const { user } = renderWithProviders(<LogActivityButton record={CERN} />, { mocks: [created] });

    await user.click(screen.getByRole('button', { name: 'Log a call' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a call' });
    expect(within(dialog).getByRole('textbox', { name: /Subject/ })).toHaveValue('Call with CERN');
    const when = within(dialog).getByLabelText('When') as HTMLInputElement;
    expect(Math.abs(dayjs(when.value).diff(dayjs(), 'minute'))).toBeLessThanOrEqual(1);
    expect(dialog).toHaveTextContent('Concerns CERN');

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Call with CERN was logged.')).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      kind: 'CALL',
      subject: 'Call with CERN',
      status: 'DONE',
      concerns: { organizationIds: ['org-1'] },
    });
    expect(sent[0]!.participantContactIds).toBeUndefined();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('follows the kind chosen in the form, until the subject is typed by hand', async () => {
    const { user } = renderWithProviders(<LogActivityButton record={CERN} />);
    await user.click(screen.getByRole('button', { name: 'Log a meeting' }));
    const dialog = await screen.findByRole('dialog');
    const subject = within(dialog).getByRole('textbox', { name: /Subject/ });
    expect(subject).toHaveValue('Meeting with CERN');
    await user.click(within(dialog).getByText('Email'));
    expect(subject).toHaveValue('Email with CERN');
  });

  it('logs with a contact as a participant, and a future one as planned', () => {
    const now = dayjs('2026-03-01T10:00:00Z');
    const input = logInput(
      { kind: 'CONTACT', id: 'contact-1', name: 'Ada Lovelace' },
      { kind: 'MEETING', subject: ' Meeting with Ada ', when: '2026-03-02T09:00', notes: '' },
      now,
    );
    expect(input).toMatchObject({
      kind: 'MEETING',
      subject: 'Meeting with Ada',
      status: 'PLANNED',
      participantContactIds: ['contact-1'],
    });
    expect(input.concerns).toBeUndefined();
    expect(input.description).toBeUndefined();
  });

  it('adds a colleague typed by name with Enter, without saving the dialog yet', async () => {
    const sent: CreateActivityInput[] = [];
    const created = {
      request: {
        query: CreateActivityMutation,
        variables: (variables: { input: CreateActivityInput }) => {
          sent.push(variables.input);
          return true;
        },
      },
      result: { data: { createActivity: activityRecord('act-1') } },
    };
    const { user } = renderWithProviders(<LogActivityButton record={CERN} />, { mocks: [userOptionsMock, created] });
    await user.click(screen.getByRole('button', { name: 'Log a meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a meeting' });
    const colleagues = within(dialog).getByRole('combobox', { name: 'Colleagues taking part' });
    await user.click(colleagues);
    await screen.findByRole('option', { name: 'Ada Admin', hidden: true });
    await user.type(colleagues, 'Ada{Enter}');
    // A pill of the field (the option list holds the name too).
    expect(within(dialog).getByText('Ada Admin', { selector: '.mantine-Pill-label' })).toBeInTheDocument();
    expect(colleagues).toHaveValue('');
    expect(sent).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/was logged\./)).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ kind: 'MEETING', participantUserIds: ['user-2'] });
  });

  it('adds a follow-up to-do in the same dialog, and will not save one without saying what', async () => {
    const sent: CreateActivityInput[] = [];
    const created = {
      request: {
        query: CreateActivityMutation,
        variables: (variables: { input: CreateActivityInput }) => {
          sent.push(variables.input);
          return true;
        },
      },
      result: { data: { createActivity: activityRecord('act-1') } },
    };
    const { user } = renderWithProviders(<LogActivityButton record={CERN} />, { mocks: [userOptionsMock, created] });
    await user.click(screen.getByRole('button', { name: 'Log a meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a meeting' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Add a follow-up to-do' }));
    expect(within(dialog).getByText('Say what is to be done')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.type(within(dialog).getByRole('textbox', { name: /To-do/ }), 'Send the slides');
    await user.type(within(dialog).getByLabelText('Due'), '2026-12-10');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/was logged with its follow-up to-do\./)).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      kind: 'MEETING',
      followUp: { subject: 'Send the slides', dueAt: new Date('2026-12-10T09:00').toISOString() },
    });
  });

  it('shows nothing to a viewer', () => {
    renderWithProviders(<LogActivityButton record={CERN} />, {
      session: { ...EDITOR_SESSION, canEdit: false, user: { ...EDITOR_SESSION.user, role: 'VIEWER' } },
    });
    expect(screen.queryByRole('button', { name: 'Log a call' })).not.toBeInTheDocument();
  });
});
