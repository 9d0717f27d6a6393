import { SimpleGrid, Stack } from '@mantine/core';
import { PageHeader } from '../../../ui/PageHeader';
import { ApiTokensSection } from '../components/ApiTokensSection';
import { NotificationPreferencesSection } from '../components/NotificationPreferencesSection';
import { ProfileSection } from '../components/ProfileSection';
import { ThemeSection } from '../components/ThemeSection';

/** /settings: what every signed-in person manages about themselves. */
export function SettingsPage() {
  return (
    <>
      <PageHeader title="My settings" description="Your profile, API tokens, notifications and how Liaison looks." />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <ProfileSection />
          <Stack gap="md">
            <NotificationPreferencesSection />
            <ThemeSection />
          </Stack>
        </SimpleGrid>
        <ApiTokensSection />
      </Stack>
    </>
  );
}
