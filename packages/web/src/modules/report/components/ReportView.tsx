import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { IconFileExport, IconPhoto, IconVectorBezier2 } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { ReportQuery as ReportQueryResult, ReportSpecInput } from '../../../generated/graphql';
import { Chart } from '../../../ui/chart/Chart';
import type { ChartHandle } from '../../../ui/chart/chartTypes';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { drillHref } from '../../../ui/list';
import { ReportQuery } from '../reportOperations';
import { isDrawn, reportOption, type ChartType } from '../reportOption';
import { withTimeZone } from '../timeZone';
import { ReportNumber } from './ReportNumber';
import { ReportPivotTable } from './ReportPivotTable';
import { ReportTable } from './ReportTable';

export type ReportResult = ReportQueryResult['report'];

function download(url: string, name: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
}

/** The CSV export of a spec, streamed by the server with no row limit. */
const exportHref = (spec: ReportSpecInput) =>
  `/reports/export.csv?${new URLSearchParams({ spec: JSON.stringify(spec) }).toString()}`;

/** What a report shows when it is not drawn: one number, its pivot table or its table. */
function Figures({ report, chart, title }: { report: ReportResult; chart: ChartType; title: string }) {
  if (chart === 'number') return <ReportNumber report={report} title={title} />;
  if (chart === 'pivot' && report.pivot) return <ReportPivotTable report={report} pivot={report.pivot} />;
  return <ReportTable report={report} />;
}

/**
 * A report run and shown: its chart (clicking a bar opens its records) with its table a click
 * away, or its number or pivot table; its exports. Dates are bucketed in the browser's time zone.
 */
export function ReportView({ spec: given, chart, title }: { spec: ReportSpecInput; chart: ChartType; title: string }) {
  const spec = useMemo(() => withTimeZone(given), [given]);
  const { data, loading, error, refetch } = useQuery(ReportQuery, { variables: { spec } });
  const [mode, setMode] = useState<'chart' | 'table'>(isDrawn(chart) ? 'chart' : 'table');
  const chartRef = useRef<ChartHandle>(null);
  const navigate = useNavigate();
  const report = data?.report;
  const drawn = useMemo(() => (report && isDrawn(chart) ? reportOption(report, chart) : null), [report, chart]);
  const fileName = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!report) return loading ? <Skeleton height={360} /> : null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          {isDrawn(chart) ? (
            <SegmentedControl
              size="xs"
              value={mode}
              onChange={(value) => setMode(value as 'chart' | 'table')}
              data={[
                { value: 'chart', label: 'Chart' },
                { value: 'table', label: 'Table' },
              ]}
            />
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              component="a"
              href={exportHref(spec)}
              download
              leftSection={<IconFileExport size={16} aria-hidden />}
            >
              CSV
            </Button>
            {mode === 'chart' && drawn ? (
              <>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPhoto size={16} aria-hidden />}
                  onClick={() => chartRef.current && download(chartRef.current.png(), `${fileName}.png`)}
                >
                  PNG
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconVectorBezier2 size={16} aria-hidden />}
                  onClick={() => chartRef.current && download(chartRef.current.svg(), `${fileName}.svg`)}
                >
                  SVG
                </Button>
              </>
            ) : null}
          </Group>
        </Group>
        {report.rows.length === 0 && chart !== 'number' ? (
          <Text c="dimmed">Nothing to count here: no record you may see matches.</Text>
        ) : mode === 'chart' && drawn ? (
          <Chart
            ref={chartRef}
            option={drawn.option}
            label={`${title}: chart; the same figures are in the table`}
            onClick={(event) => {
              const row = drawn.rowAt[event.seriesIndex ?? 0]?.[event.dataIndex];
              const filter = row != null ? report.rows[row].filter : null;
              if (filter) void navigate(drillHref(report.list, filter));
            }}
          />
        ) : (
          <Figures report={report} chart={chart} title={title} />
        )}
        {report.truncated ? (
          <Alert color="yellow">Only the first rows are shown; the CSV export has them all.</Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
