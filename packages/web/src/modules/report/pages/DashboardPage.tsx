import { useQuery } from '@apollo/client/react';
import { Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import type { ReportSpecInput } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { DashboardFilterBar } from '../components/DashboardFilterBar';
import { ReportView } from '../components/ReportView';
import { filteredSpec, PERIODS } from '../dashboardFilters';
import { BuiltInReportsQuery } from '../reportOperations';
import type { ChartType } from '../reportOption';

/** A widget: a built-in report by id, shown as its own chart unless another is said. */
interface Widget {
  id: string;
  chart?: ChartType;
}

/**
 * The widgets of each role's default dashboard, "what happened in my team this month": two
 * numbers beside the month before, then charts and tables of built-in reports.
 */
export const WIDGETS: Record<'ADMIN' | 'EDITOR' | 'VIEWER', Widget[]> = {
  ADMIN: [
    { id: 'activities-recorded' },
    { id: 'needs-recorded' },
    { id: 'recording-trend' },
    { id: 'recording-activities', chart: 'area' },
    { id: 'needs-category-status', chart: 'pivot' },
    { id: 'needs-country' },
    { id: 'workload-teams' },
    { id: 'overlaps' },
  ],
  EDITOR: [
    { id: 'activities-recorded' },
    { id: 'documents-recorded' },
    { id: 'recording-activities' },
    { id: 'workload-users' },
    { id: 'needs-category-status', chart: 'pivot' },
    { id: 'recording-documents', chart: 'area' },
    { id: 'needs-country' },
    { id: 'workload-teams' },
  ],
  VIEWER: [
    { id: 'activities-recorded' },
    { id: 'contacts-recorded' },
    { id: 'recording-activities' },
    { id: 'needs-category-status', chart: 'pivot' },
    { id: 'coverage-organizations' },
    { id: 'participation-organizations' },
    { id: 'coverage-consent' },
    { id: 'needs-country' },
  ],
};

const VIEW = {
  period: urlParam.string('month'),
  team: urlParam.string(''),
  country: urlParam.string(''),
  tag: urlParam.string(''),
};

/** The home page: the default dashboard of the signed-in person's role, under its filters. */
export function DashboardPage() {
  const { user } = useSession();
  const [view, setView] = useUrlState(VIEW);
  const { data, error, refetch } = useQuery(BuiltInReportsQuery);
  const chosen = WIDGETS[user.role] ?? WIDGETS.VIEWER;
  const widgets = chosen.flatMap(({ id, chart }) => {
    const report = data?.builtInReports.find((r) => r.id === id);
    return report ? [{ ...report, chart: (chart ?? report.chart) as ChartType }] : [];
  });
  const periodLabel = PERIODS.find((p) => p.value === view.period)?.label;
  const show = (widget: (typeof widgets)[number]) => {
    const given = widget.spec as ReportSpecInput;
    const { spec, ignored } = filteredSpec(given, view);
    return (
      <Stack key={widget.id} gap="xs">
        <div>
          <Title order={2} size="h4">
            {widget.title}
          </Title>
          <Text size="sm" c="dimmed">
            {given.period ? periodLabel : 'All time'}
            {ignored.length ? ` · not by ${ignored.join(', ')}` : ''}
          </Text>
        </div>
        <ReportView spec={spec} chart={widget.chart} title={widget.title} />
      </Stack>
    );
  };
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="What happened in the teams, and what is open. Figures open the records they count."
        actions={
          <Group gap="xs">
            <Button component={Link} to="/dashboards" variant="default">
              Dashboards
            </Button>
            <Button component={Link} to="/reports" variant="default">
              All reports
            </Button>
          </Group>
        }
      />
      <DashboardFilterBar view={view} onChange={(change) => setView(change)} />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>{widgets.filter((w) => w.chart === 'number').map(show)}</SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>{widgets.filter((w) => w.chart !== 'number').map(show)}</SimpleGrid>
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} height={i < 2 ? 160 : 400} />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
