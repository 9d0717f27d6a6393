import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { clearAllDrafts } from '../../ui/useDraft';
import { signOut } from './signOut';

/**
 * Ends the session on the server, then goes where it says: the provider's sign-out (which may ask
 * to confirm), and back to the app. Drafts of unsaved input are dropped: the next person at this
 * browser must not find them.
 */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      clearAllDrafts();
      window.location.assign(await signOut());
    } catch {
      setBusy(false);
      notifications.show({
        color: 'red',
        title: 'Sign-out failed',
        message: 'The server cannot be reached. Try again.',
      });
    }
  };
  return (
    <Button
      variant="subtle"
      color="gray"
      loading={busy}
      leftSection={<IconLogout size={18} aria-hidden />}
      onClick={() => void run()}
    >
      Sign out
    </Button>
  );
}
