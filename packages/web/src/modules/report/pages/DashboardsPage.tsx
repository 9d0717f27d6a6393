import { useQuery } from '@apollo/client/react';
import { Button, Group, NavLink, Paper, Skeleton, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import type { Visibility } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { NewDashboardDialog } from '../components/NewDashboardDialog';
import { DashboardsQuery } from '../dashboardOperations';

const SHARED: Record<Visibility, string> = { PRIVATE: 'Only its owner', TEAM: 'Its team', EVERYONE: 'Everyone' };

/** /dashboards: the dashboards you may see, and a new one. */
export function DashboardsPage() {
  const { canEdit } = useSession();
  const [creating, setCreating] = useState(false);
  const { data, error, refetch } = useQuery(DashboardsQuery);
  const dashboards = data?.dashboards.nodes ?? [];
  return (
    <>
      <PageHeader
        title="Dashboards"
        description="Reports side by side under one set of filters, kept for yourself, your team or everyone."
        actions={
          <Group gap="xs">
            <Button component={Link} to="/reports" variant="default">
              All reports
            </Button>
            {canEdit && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
                New dashboard
              </Button>
            )}
          </Group>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {!data && !error ? <Skeleton height={120} /> : null}
      {data && !dashboards.length ? <Text c="dimmed">No dashboard is shared with you yet.</Text> : null}
      {dashboards.length ? (
        <Paper withBorder p="xs" component="nav" aria-label="Dashboards">
          {dashboards.map((dashboard) => (
            <NavLink
              component={Link}
              key={dashboard.id}
              to={`/dashboards/${dashboard.id}`}
              label={dashboard.name}
              description={`Shared with: ${SHARED[dashboard.visibility]}`}
            />
          ))}
        </Paper>
      ) : null}
      {creating && <NewDashboardDialog onClose={() => setCreating(false)} />}
    </>
  );
}
