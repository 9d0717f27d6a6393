import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { BuiltInReportsQuery, DashboardFieldsFragment, ReportSpecInput } from '../../../generated/graphql';
import { filteredSpec, type DashboardFilters } from '../dashboardFilters';
import { ROW_HEIGHT } from '../dashboardLayout';
import type { ChartType } from '../reportOption';
import { chartOfSaved } from '../savedReportChart';
import { ReportView } from './ReportView';

// The Markdown renderer comes only with a text widget.
const MarkdownView = lazy(async () => ({
  default: (await import('../../document/components/MarkdownView')).MarkdownView,
}));

export type DashboardWidgetData = DashboardFieldsFragment['widgets'][number];
export type BuiltInReport = BuiltInReportsQuery['builtInReports'][number];

/** What a widget shows: its report's spec, chart and name, its text, or nothing the reader may see. */
export function widgetContent(widget: DashboardWidgetData, builtIns: readonly BuiltInReport[]) {
  if (widget.kind === 'MARKDOWN') return { title: widget.title ?? '', markdown: widget.markdown ?? '' };
  if (widget.kind === 'BUILT_IN_REPORT') {
    const report = builtIns.find((r) => r.id === widget.builtInReportId);
    if (!report) return { title: widget.title ?? 'A report no longer built in' };
    return {
      title: widget.title ?? report.title,
      spec: report.spec as ReportSpecInput,
      chart: report.chart as ChartType,
    };
  }
  const report = widget.savedReport;
  if (!report) return { title: widget.title ?? 'A report not shared with you' };
  return {
    title: widget.title ?? report.name,
    spec: report.spec as ReportSpecInput,
    chart: chartOfSaved(report.chart),
  };
}

/** One widget of a saved dashboard under the dashboard's filters. */
export function DashboardWidgetCard({
  widget,
  builtIns,
  filters,
  periodLabel,
}: {
  widget: DashboardWidgetData;
  builtIns: readonly BuiltInReport[];
  filters: DashboardFilters;
  periodLabel?: string;
}) {
  const content = widgetContent(widget, builtIns);
  const filtered = content.spec ? filteredSpec(content.spec, filters) : null;
  return (
    <Paper withBorder p="sm" mih={widget.h * ROW_HEIGHT} component="section" aria-label={content.title || 'Text'}>
      <Stack gap="xs">
        {content.title ? (
          <div>
            <Title order={2} size="h4">
              {content.title}
            </Title>
            {filtered ? (
              <Text size="sm" c="dimmed">
                {content.spec?.period ? (periodLabel ?? 'Its own period') : 'All time'}
                {filtered.ignored.length ? ` · not by ${filtered.ignored.join(', ')}` : ''}
              </Text>
            ) : null}
          </div>
        ) : null}
        {content.markdown !== undefined ? (
          <Suspense fallback={<Skeleton height={40} />}>
            <MarkdownView>{content.markdown}</MarkdownView>
          </Suspense>
        ) : null}
        {filtered && content.chart ? (
          <ReportView spec={filtered.spec} chart={content.chart} title={content.title} />
        ) : null}
        {!filtered && content.markdown === undefined ? (
          <Text c="dimmed">It shows nothing: its report is in the trash or not shared with you.</Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
