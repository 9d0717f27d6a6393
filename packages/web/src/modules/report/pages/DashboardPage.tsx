import { useQuery } from '@apollo/client/react';
import { Button, Group, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import type { ReportSpecInput } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { ReportView } from '../components/ReportView';
import { BuiltInReportsQuery } from '../reportOperations';
import type { ChartType } from '../reportOption';

/** The widgets of each role's default dashboard: built-in reports, by id. */
const WIDGETS: Record<'ADMIN' | 'EDITOR' | 'VIEWER', string[]> = {
  ADMIN: ['recording-trend', 'recording-activities', 'needs-country', 'overlaps'],
  EDITOR: ['recording-activities', 'workload-users', 'needs-category-status', 'recording-documents'],
  VIEWER: ['recording-activities', 'needs-category-status', 'coverage-organizations', 'participation-organizations'],
};

const PERIODS = [
  { value: 'month', label: 'This month' },
  { value: 'quarter', label: 'This quarter' },
  { value: 'year', label: 'Last 12 months' },
];

/** The period's [from, to) in UTC, ending with the current month. */
function periodOf(period: string): { from: string; to: string } {
  const now = new Date();
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const start =
    period === 'month'
      ? Date.UTC(year, month, 1)
      : period === 'quarter'
        ? Date.UTC(year, month - (month % 3), 1)
        : Date.UTC(year, month - 11, 1);
  const end = period === 'quarter' ? Date.UTC(year, month - (month % 3) + 3, 1) : Date.UTC(year, month + 1, 1);
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

/** A widget's spec under the dashboard's period: reports over time take it, the others stay whole. */
function withPeriod(spec: ReportSpecInput, period: string): ReportSpecInput {
  if (!spec.period) return spec;
  return { ...spec, period: { ...spec.period, ...periodOf(period) } };
}

const VIEW = { period: urlParam.string('month') };

/** The home page: the default dashboard of the signed-in person's role, for a period. */
export function DashboardPage() {
  const { user } = useSession();
  const [view, setView] = useUrlState(VIEW);
  const { data, error, refetch } = useQuery(BuiltInReportsQuery);
  const ids = WIDGETS[user.role] ?? WIDGETS.VIEWER;
  const widgets = ids.map((id) => data?.builtInReports.find((report) => report.id === id)).filter((w) => w != null);
  return (
    <>
      <PageHeader
        title="Dashboard"
        description="What happened in the teams, and what is open. Figures open the records they count."
        actions={
          <Button component={Link} to="/reports" variant="default">
            All reports
          </Button>
        }
      />
      <Group mb="md">
        <SegmentedControl
          aria-label="Period"
          value={view.period}
          onChange={(period) => setView({ period })}
          data={PERIODS}
        />
      </Group>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {data
          ? widgets.map((widget) => (
              <Stack key={widget.id} gap="xs">
                <div>
                  <Title order={2} size="h4">
                    {widget.title}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {(widget.spec as ReportSpecInput).period
                      ? PERIODS.find((p) => p.value === view.period)?.label
                      : 'All time'}
                  </Text>
                </div>
                <ReportView
                  spec={withPeriod(widget.spec as ReportSpecInput, view.period)}
                  chart={widget.chart as ChartType}
                  title={widget.title}
                />
              </Stack>
            ))
          : Array.from({ length: 4 }, (_, i) => <Skeleton key={i} height={400} />)}
      </SimpleGrid>
    </>
  );
}
