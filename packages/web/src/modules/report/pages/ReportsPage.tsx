import { useQuery } from '@apollo/client/react';
import { Button, Grid, NavLink, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Visibility } from '../../../generated/graphql';
import type { ReportSpecInput } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { ReportView } from '../components/ReportView';
import { BuiltInReportsQuery, SavedReportsQuery } from '../reportOperations';
import type { ChartType } from '../reportOption';

const VIEW = { report: urlParam.string('recording-activities') };
const SHARED: Record<Visibility, string> = { PRIVATE: 'Private', TEAM: 'Team', EVERYONE: 'Everyone' };

/** /reports: the built-in reports, one open at a time (`?report=needs-country`), and the saved reports you may see. */
export function ReportsPage() {
  const [view, setView] = useUrlState(VIEW);
  const { data, error, refetch } = useQuery(BuiltInReportsQuery);
  const saved = useQuery(SavedReportsQuery).data?.savedReports.nodes ?? [];
  const reports = data?.builtInReports ?? [];
  const open = reports.find((report) => report.id === view.report) ?? reports[0];
  return (
    <>
      <PageHeader
        title="Reports"
        description="What was recorded where and how often, the open needs, coverage, workload and the pipelines. Click a bar or a figure to see its records."
        actions={
          <Button component={Link} to="/reports/new" leftSection={<IconPlus size={18} aria-hidden />}>
            Build a report
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder p="xs" component="nav" aria-label="Built-in reports">
            {data
              ? reports.map((report) => (
                  <NavLink
                    component="button"
                    key={report.id}
                    label={report.title}
                    active={report.id === open?.id}
                    onClick={() => setView({ report: report.id })}
                    aria-current={report.id === open?.id ? 'page' : undefined}
                  />
                ))
              : Array.from({ length: 8 }, (_, i) => <Skeleton key={i} height={28} mb={6} />)}
          </Paper>
          {saved.length ? (
            <Paper withBorder p="xs" mt="sm" component="nav" aria-label="Saved reports">
              <Text size="xs" fw={700} c="dimmed" px="xs" pb={4}>
                Saved reports
              </Text>
              {saved.map((report) => (
                <NavLink
                  component={Link}
                  key={report.id}
                  to={`/reports/saved/${report.id}`}
                  label={report.name}
                  description={SHARED[report.visibility]}
                />
              ))}
            </Paper>
          ) : null}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          {open ? (
            <Stack gap="sm">
              <div>
                <Title order={2} size="h3">
                  {open.title}
                </Title>
                <Text c="dimmed">{open.description}</Text>
              </div>
              <ReportView
                key={open.id}
                spec={open.spec as ReportSpecInput}
                chart={open.chart as ChartType}
                title={open.title}
              />
            </Stack>
          ) : null}
        </Grid.Col>
      </Grid>
    </>
  );
}
