import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ReportSpecInput } from '../../../generated/graphql';
import { useSession } from '../../../app/session/useSession';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { AddToDashboardDialog } from '../components/AddToDashboardDialog';
import { ReportView } from '../components/ReportView';
import { SavedReportQuery } from '../reportOperations';
import { chartOfSaved } from '../savedReportChart';

const SHARED: Record<string, string> = { PRIVATE: 'Only its owner', TEAM: 'Its team', EVERYONE: 'Everyone' };

/** /reports/saved/:id: a saved report, computed now with your visibility. */
export function SavedReportPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(SavedReportQuery, { variables: { id } });
  const report = data?.savedReport;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !report) return <Skeleton height={320} />;
  if (!report) {
    return (
      <Stack>
        <PageHeader title="Saved report" />
        <Text>
          This saved report does not exist or is not shared with you.{' '}
          <Anchor component={Link} to="/reports">
            Back to the reports
          </Anchor>
        </Text>
      </Stack>
    );
  }
  return (
    <>
      <PageHeader
        title={report.name}
        description={report.description ?? `Saved by ${report.owner?.name ?? 'a former user'}`}
        actions={
          canEdit && (
            <Button
              variant="default"
              leftSection={<IconLayoutDashboard size={18} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              Add to dashboard
            </Button>
          )
        }
      />
      {adding && (
        <AddToDashboardDialog
          report={{
            name: report.name,
            spec: report.spec as ReportSpecInput,
            chart: report.chart,
            savedReportId: report.id,
          }}
          onClose={() => setAdding(false)}
        />
      )}
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Shared with: {SHARED[report.visibility]}
        </Text>
        <ReportView
          key={report.id}
          spec={report.spec as ReportSpecInput}
          chart={chartOfSaved(report.chart)}
          title={report.name}
        />
      </Stack>
    </>
  );
}
