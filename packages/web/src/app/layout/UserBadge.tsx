import { Badge, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconHelp, IconSettings, IconShieldLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Role } from '../../generated/graphql';
import { useSession } from '../session/useSession';

const ROLE_LABELS: Record<Role, string> = { ADMIN: 'Admin', EDITOR: 'Editor', VIEWER: 'Viewer' };
const ROLE_COLORS: Record<Role, string> = { ADMIN: 'grape', EDITOR: 'indigo', VIEWER: 'gray' };

/** Who is signed in, with their role; opens their menu: My settings, privacy requests (admins), help. */
export function UserBadge() {
  const { user, isAdmin } = useSession();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`${user.name}, ${ROLE_LABELS[user.role]}: open your menu`}>
          <Group gap="xs" wrap="nowrap" data-testid="signed-in-user">
            <Text size="sm" fw={600} visibleFrom="sm" truncate maw={200}>
              {user.name}
            </Text>
            <Badge variant="light" color={ROLE_COLORS[user.role]}>
              {ROLE_LABELS[user.role]}
            </Badge>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/settings" leftSection={<IconSettings size={16} aria-hidden />}>
          My settings
        </Menu.Item>
        {isAdmin && (
          <Menu.Item component={Link} to="/privacy" leftSection={<IconShieldLock size={16} aria-hidden />}>
            Privacy requests
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/help" leftSection={<IconHelp size={16} aria-hidden />}>
          How we use Liaison
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
