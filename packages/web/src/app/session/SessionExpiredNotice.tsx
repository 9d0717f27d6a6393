import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogin } from '@tabler/icons-react';
import { useEffect } from 'react';
import { onSessionExpired } from './sessionEvents';
import { signInUrl } from './signInUrl';

const NOTIFICATION_ID = 'session-expired';

/**
 * When an operation answers UNAUTHENTICATED: one lasting notification offering to sign in again
 * and come back to this page. Forms keep their input meanwhile (useDraft), so nothing is lost.
 */
export function SessionExpiredNotice() {
  useEffect(() => {
    let shown = false;
    return onSessionExpired(() => {
      if (shown) return;
      shown = true;
      notifications.show({
        id: NOTIFICATION_ID,
        color: 'orange',
        autoClose: false,
        withCloseButton: true,
        onClose: () => {
          shown = false;
        },
        title: 'Your session ended',
        message: (
          <Stack gap="xs" align="flex-start">
            <Text size="sm" c="var(--mantine-color-text)">
              Sign in again; your unsaved input is kept.
            </Text>
            <Button
              size="xs"
              leftSection={<IconLogin size={16} aria-hidden />}
              onClick={() => window.location.assign(signInUrl())}
            >
              Sign in again
            </Button>
          </Stack>
        ),
      });
    });
  }, []);
  return null;
}
