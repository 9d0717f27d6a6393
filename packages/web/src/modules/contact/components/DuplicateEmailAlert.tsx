import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DuplicateEmail } from '../duplicateEmail';

interface DuplicateEmailAlertProps {
  duplicate: DuplicateEmail;
  /** Saves again, telling the server that a second contact with this address is meant. */
  onCreateAnyway(): void;
  /** Uses the existing contact instead, when the form can. */
  onUseExisting?(contact: { id: string; name: string }): void;
  creating?: boolean;
}

/** "Grace Hopper already has this email address": open them, use them, or create anyway. */
export function DuplicateEmailAlert({ duplicate, onCreateAnyway, onUseExisting, creating }: DuplicateEmailAlertProps) {
  const existing = duplicate.existingContact;
  return (
    <Alert color="orange" title="This email address is already known" role="alert">
      <Text size="sm">
        {existing ? (
          <>
            <Anchor
              component={Link}
              to={`/contacts/${existing.id}`}
              target="_blank"
              c="inherit"
              fw={600}
              underline="always"
            >
              {existing.name}
            </Anchor>{' '}
            already has this email address.
          </>
        ) : (
          duplicate.message
        )}{' '}
        Is it the same person?
      </Text>
      <Group gap="xs" mt="sm">
        {existing && onUseExisting && (
          <Button size="xs" variant="default" onClick={() => onUseExisting(existing)}>
            Use {existing.name}
          </Button>
        )}
        <Button size="xs" variant="light" color="orange" loading={creating} onClick={onCreateAnyway}>
          Create anyway
        </Button>
      </Group>
    </Alert>
  );
}
