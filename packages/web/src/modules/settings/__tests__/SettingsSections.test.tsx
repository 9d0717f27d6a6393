import { MantineProvider } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NotificationPreferencesSection } from '../components/NotificationPreferencesSection';
import { ProfileSection } from '../components/ProfileSection';
import { ThemeSection } from '../components/ThemeSection';
import {
  MyNotificationPreferencesQuery,
  MyProfileQuery,
  UpdateMyProfileMutation,
  UpdateNotificationPreferencesMutation,
} from '../settingsOperations';

const me = {
  __typename: 'User',
  id: 'user-1',
  name: 'Eddie Editor',
  email: 'eddie@example.org',
  role: 'EDITOR',
  expertise: ['HPC'],
  version: 3,
};
const preferences = (changes: Record<string, unknown> = {}) => ({
  __typename: 'NotificationPreferences',
  dueTodoReminders: true,
  followUpReminders: true,
  mentions: true,
  emailDigest: 'WEEKLY',
  updatedAt: null,
  ...changes,
});

describe('ProfileSection', () => {
  it('saves the display name and expertise with the version shown, and never sends a role', async () => {
    let sent: unknown;
    const { user } = renderWithProviders(<ProfileSection />, {
      mocks: [
        { request: { query: MyProfileQuery }, result: { data: { me } } },
        {
          request: {
            query: UpdateMyProfileMutation,
            variables: (variables: unknown) => {
              sent = variables;
              return true;
            },
          },
          result: {
            data: { updateMyProfile: { ...me, name: 'Eddie E.', expertise: ['HPC', 'Cloud'], version: 4 } },
          },
        },
      ],
    });
    const name = await screen.findByRole('textbox', { name: /Display name/ });
    await waitFor(() => expect(name).toHaveValue('Eddie Editor'));
    expect(screen.getByText(/Editor: records and changes/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save profile' })).toBeDisabled();
    await user.clear(name);
    await user.type(name, 'Eddie E.');
    await user.type(screen.getByRole('combobox', { name: /Your expertise/ }), 'Cloud{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved')).toBeInTheDocument();
    expect(sent).toEqual({ input: { version: 3, name: 'Eddie E.', expertise: ['HPC', 'Cloud'] } });
  });
});

describe('NotificationPreferencesSection', () => {
  it('saves each change at once and says the preferences are honoured later', async () => {
    const { user } = renderWithProviders(<NotificationPreferencesSection />, {
      mocks: [
        {
          request: { query: MyNotificationPreferencesQuery },
          result: { data: { myNotificationPreferences: preferences() } },
        },
        {
          request: { query: UpdateNotificationPreferencesMutation, variables: { input: { mentions: false } } },
          result: {
            data: {
              updateNotificationPreferences: preferences({ mentions: false, updatedAt: '2026-12-04T10:00:00.000Z' }),
            },
          },
        },
      ],
    });
    expect(await screen.findByText(/arrive in a coming version/)).toBeInTheDocument();
    const mentions = await screen.findByRole('switch', { name: /mentions me/ });
    expect(mentions).toBeChecked();
    await user.click(mentions);
    await waitFor(() => expect(mentions).not.toBeChecked());
    expect(screen.getByRole('combobox', { name: /Email digest/ })).toHaveValue('Weekly, on Mondays');
  });
});

describe('ThemeSection', () => {
  it('switches between auto, light and dark', async () => {
    const { user } = renderWithProviders(
      <MantineProvider defaultColorScheme="auto" env="test">
        <ThemeSection />
      </MantineProvider>,
    );
    const dark = screen.getByRole('radio', { name: 'Dark' });
    await user.click(dark);
    await waitFor(() => expect(dark).toBeChecked());
    await waitFor(() => expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark'));
  });
});
