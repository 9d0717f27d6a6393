import { Badge, Group, Text } from '@mantine/core';
import type { Role } from '../../generated/graphql';
import { useSession } from '../session/useSession';

const ROLE_LABELS: Record<Role, string> = { ADMIN: 'Admin', EDITOR: 'Editor', VIEWER: 'Viewer' };
const ROLE_COLORS: Record<Role, string> = { ADMIN: 'grape', EDITOR: 'indigo', VIEWER: 'gray' };

/** Who is signed in, with their role. */
export function UserBadge() {
  const { user } = useSession();
  return (
    <Group gap="xs" wrap="nowrap" data-testid="signed-in-user">
      <Text size="sm" fw={600} visibleFrom="sm" truncate maw={200}>
        {user.name}
      </Text>
      <Badge variant="light" color={ROLE_COLORS[user.role]} aria-label={`Role: ${ROLE_LABELS[user.role]}`}>
        {ROLE_LABELS[user.role]}
      </Badge>
    </Group>
  );
}
