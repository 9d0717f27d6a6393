import { ActionIcon, Badge, Burger, Button, Group, Kbd, Text, Title, Tooltip } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { IconHelp, IconSearch } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SignOutButton } from '../session/SignOutButton';
import { useSession } from '../session/useSession';
import { UserBadge } from './UserBadge';

interface TopBarProps {
  navigationOpened: boolean;
  onToggleNavigation(): void;
}

/** The header: menu button (narrow screens), name, search, demo label, help, the user's menu and sign-out. */
export function TopBar({ navigationOpened, onToggleNavigation }: TopBarProps) {
  const { demo } = useSession();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navigationOpened}
          onClick={onToggleNavigation}
          hiddenFrom="md"
          size="sm"
          aria-label={navigationOpened ? 'Close navigation' : 'Open navigation'}
        />
        <Title order={2} size="h4">
          <Text component={Link} to="/" inherit c="inherit" td="none">
            Liaison
          </Text>
        </Title>
        {demo && (
          <Tooltip label="Signed in through the built-in demo provider: a server for trying Liaison out">
            <Badge color="red.9" variant="filled" tabIndex={0}>
              Demo sign-in
            </Badge>
          </Tooltip>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Button
          variant="default"
          onClick={() => spotlight.open()}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={
            <Group gap={2} visibleFrom="md" aria-hidden>
              <Kbd size="xs">Ctrl</Kbd>
              <Kbd size="xs">K</Kbd>
            </Group>
          }
          aria-keyshortcuts="Control+K Meta+K"
        >
          Search
        </Button>
        <Tooltip label="How we use Liaison">
          <ActionIcon component={Link} to="/help" variant="subtle" size="lg" aria-label="Help">
            <IconHelp size={20} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <UserBadge />
        <SignOutButton />
      </Group>
    </Group>
  );
}
