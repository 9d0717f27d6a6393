import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Grid, Group, Skeleton, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getFragmentData } from '../../../generated';
import type { DashboardFieldsFragment } from '../../../generated/graphql';
import { useSession } from '../../../app/session/useSession';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { DashboardEditor } from '../components/DashboardEditor';
import { DashboardExportMenu } from '../components/DashboardExportMenu';
import { DashboardFilterBar } from '../components/DashboardFilterBar';
import { DashboardWidgetCard, type BuiltInReport } from '../components/DashboardWidgetCard';
import { DASHBOARD_PERIODS, filtersOfDashboard, type DashboardFilters } from '../dashboardFilters';
import { inReadingOrder } from '../dashboardLayout';
import { DashboardFields, DashboardQuery } from '../dashboardOperations';
import { mayEditDashboard } from '../mayEditDashboard';
import { BuiltInReportsQuery } from '../reportOperations';

const SHARED: Record<string, string> = { PRIVATE: 'Only its owner', TEAM: 'Its team', EVERYONE: 'Everyone' };
/** In the URL, a filter the reader cleared though the dashboard keeps one. */
const NONE = 'none';

/** The dashboard's filters, each as the URL changes it or else as the dashboard keeps it. */
function readerFilters(saved: DashboardFilters, params: URLSearchParams): DashboardFilters {
  const at = (name: keyof DashboardFilters) => {
    const given = params.get(name);
    return given === NONE ? '' : (given ?? saved[name]);
  };
  return { period: at('period'), team: at('team'), country: at('country'), tag: at('tag') };
}

function Board({ dashboard, builtIns }: { dashboard: DashboardFieldsFragment; builtIns: readonly BuiltInReport[] }) {
  const [params, setParams] = useSearchParams();
  const saved = filtersOfDashboard(dashboard.filters);
  const filters = readerFilters(saved, params);
  const periodLabel = DASHBOARD_PERIODS.find((p) => p.value === filters.period)?.label;
  const onChange = (change: Partial<DashboardFilters>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(change)) {
          const key = name as keyof DashboardFilters;
          if (value === saved[key]) next.delete(key);
          else next.set(key, value || NONE);
        }
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <DashboardFilterBar saved view={filters} onChange={onChange} />
      {dashboard.widgets.length ? (
        <Grid>
          {inReadingOrder(dashboard.widgets).map((widget, index) => (
            <Grid.Col key={index} span={{ base: 12, md: widget.w }}>
              <DashboardWidgetCard widget={widget} builtIns={builtIns} filters={filters} periodLabel={periodLabel} />
            </Grid.Col>
          ))}
        </Grid>
      ) : (
        <Text c="dimmed">This dashboard has no widget yet.</Text>
      )}
    </>
  );
}

/** /dashboards/:id: a saved dashboard under its filters; `?edit=1` opens it for changes to who may make them. */
export function SavedDashboardPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(DashboardQuery, { variables: { id } });
  const builtIns = useQuery(BuiltInReportsQuery).data?.builtInReports;
  const dashboard = getFragmentData(DashboardFields, data?.dashboard);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if ((loading && !dashboard) || (dashboard && !builtIns)) return <Skeleton height={320} />;
  if (!dashboard || !builtIns) {
    return (
      <Stack>
        <PageHeader title="Dashboard" />
        <Text>
          This dashboard does not exist or is not shared with you.{' '}
          <Anchor component={Link} to="/dashboards">
            Back to the dashboards
          </Anchor>
        </Text>
      </Stack>
    );
  }
  const mayEdit = mayEditDashboard(session, dashboard);
  const editing = mayEdit && params.get('edit') === '1';
  const setEditing = (on: boolean) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (on) next.set('edit', '1');
      else next.delete('edit');
      return next;
    });
  return (
    <>
      <PageHeader
        title={dashboard.name}
        description={dashboard.description ?? `Kept by ${dashboard.owner?.name ?? 'a former user'}`}
        actions={
          <Group gap="xs">
            <Button component={Link} to="/dashboards" variant="default">
              All dashboards
            </Button>
            {!editing && (
              <DashboardExportMenu
                id={dashboard.id}
                filters={readerFilters(filtersOfDashboard(dashboard.filters), params)}
              />
            )}
            {mayEdit && !editing && (
              <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setEditing(true)}>
                Edit dashboard
              </Button>
            )}
          </Group>
        }
      />
      <Text size="sm" c="dimmed" mb="sm">
        Shared with: {SHARED[dashboard.visibility]}
      </Text>
      {editing ? (
        <DashboardEditor
          key={dashboard.version}
          dashboard={dashboard}
          builtIns={builtIns}
          onDone={() => setEditing(false)}
        />
      ) : (
        <Board dashboard={dashboard} builtIns={builtIns} />
      )}
    </>
  );
}
