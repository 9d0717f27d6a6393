import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconLayoutDashboard, IconLink } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useSession } from '../../../app/session/useSession';
import type { DateBucket, ReportFunction, ReportKind, ReportSpecInput } from '../../../generated/graphql';
import { PageHeader } from '../../../ui/PageHeader';
import { urlParam, useUrlState } from '../../../ui/useUrlState';
import { ReportView } from '../components/ReportView';
import { AddToDashboardDialog } from '../components/AddToDashboardDialog';
import { SaveReportDialog } from '../components/SaveReportDialog';
import { savedChartOf } from '../savedReportChart';
import { ReportFieldsQuery } from '../reportOperations';
import { CHART_TYPES, type ChartType } from '../reportOption';

const KINDS: { value: ReportKind; label: string }[] = [
  { value: 'ACTIVITY', label: 'Activities' },
  { value: 'DOCUMENT', label: 'Documents' },
  { value: 'NEED', label: 'Needs' },
  { value: 'ORGANIZATION', label: 'Organizations' },
  { value: 'CONTACT', label: 'Contacts' },
  { value: 'PROJECT', label: 'Projects' },
  { value: 'OPPORTUNITY', label: 'Opportunities' },
  { value: 'STAGE_ENTRY', label: 'Stages opportunities entered (funnels)' },
];
const BUCKETS: DateBucket[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
const PERIODS = [
  { value: '', label: 'All time' },
  { value: '1', label: 'This month' },
  { value: '3', label: 'The last 3 months' },
  { value: '12', label: 'The last 12 months' },
];

/** The builder's choices, all in the URL: a built report is kept, bookmarked and shared as a link. */
const VIEW = {
  title: urlParam.string('New report'),
  kind: urlParam.string('ACTIVITY'),
  group1: urlParam.string('team'),
  group2: urlParam.string(''),
  bucket: urlParam.string('MONTH'),
  measure: urlParam.string('COUNT'),
  months: urlParam.string(''),
  chart: urlParam.string('bar'),
};

/** The first instant of a month, in the browser's time zone (the one the report is cut in). */
const monthStart = (monthsBack: number) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth() - monthsBack, 1).toISOString();
};

/** /reports/new: kind, groupings, measure, period and chart, run as you choose them. */
export function ReportBuilderPage() {
  const [view, setView] = useUrlState(VIEW);
  const { canEdit } = useSession();
  const [saving, setSaving] = useState(false);
  const [adding, setAdding] = useState(false);
  const { data } = useQuery(ReportFieldsQuery, { variables: { kind: view.kind as ReportKind } });
  const fields = data?.reportFields ?? [];
  const typeOf = (name: string) => fields.find((f) => f.name === name)?.type;
  const groupOptions = fields.filter((f) => f.groupable).map((f) => ({ value: f.name, label: f.label }));
  const measureOptions = [
    { value: 'COUNT', label: 'Count' },
    ...fields.flatMap((f) =>
      f.functions.map((fn) => ({
        value: `${fn}:${f.name}`,
        label: `${fn.replace('_', ' ').toLowerCase()} of ${f.label}`,
      })),
    ),
  ];
  const dateField = fields.find((f) => f.type === 'date')?.name ?? 'createdAt';

  const spec = useMemo((): ReportSpecInput | null => {
    if (!fields.length) return null;
    // One number is the measure of all the records, beside the period before when there is one.
    const number = view.chart === 'number';
    const groupBy = number
      ? []
      : [view.group1, view.group2]
          .filter((name) => name && fields.some((f) => f.name === name && f.groupable))
          .map((field) => (typeOf(field) === 'date' ? { field, bucket: view.bucket as DateBucket } : { field }));
    const [fn, field] = view.measure.split(':');
    const measures = [{ function: fn as ReportFunction, ...(field ? { field } : {}) }];
    const period = view.months
      ? {
          field: dateField,
          from: monthStart(Number(view.months) - 1),
          to: monthStart(-1),
          ...(number ? { compareWithPrevious: true } : {}),
        }
      : undefined;
    // A pivot table spreads the second grouping as columns.
    const pivot = view.chart === 'pivot' && groupBy.length === 2 ? { pivot: 1 } : {};
    return { kind: view.kind as ReportKind, groupBy, measures, ...(period ? { period } : {}), ...pivot, limit: 500 };
    // typeOf reads `fields`, which is a dependency.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fields, view]);

  const needsBucket = [view.group1, view.group2].some((name) => typeOf(name) === 'date');
  return (
    <>
      <PageHeader
        title="Build a report"
        description="Choose what to count and how to group it. The link keeps the report: bookmark it or share it."
        actions={
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconLink size={18} aria-hidden />}
              onClick={() => {
                void navigator.clipboard?.writeText(window.location.href);
                notifications.show({
                  title: 'Report saved as a link',
                  message: 'The link is copied; bookmark or share it.',
                });
              }}
            >
              Copy link
            </Button>
            {canEdit && (
              <Button
                leftSection={<IconDeviceFloppy size={18} aria-hidden />}
                disabled={!spec}
                onClick={() => setSaving(true)}
              >
                Save report
              </Button>
            )}
            {canEdit && (
              <Button
                variant="default"
                leftSection={<IconLayoutDashboard size={18} aria-hidden />}
                disabled={!spec}
                onClick={() => setAdding(true)}
              >
                Add to dashboard
              </Button>
            )}
          </Group>
        }
      />
      {adding && spec ? (
        <AddToDashboardDialog
          report={{ name: view.title, spec, chart: savedChartOf(view.chart as ChartType) }}
          onClose={() => setAdding(false)}
        />
      ) : null}
      {saving && spec ? (
        <SaveReportDialog
          spec={spec}
          chart={view.chart as ChartType}
          title={view.title}
          onClose={() => setSaving(false)}
        />
      ) : null}
      <Stack>
        <Paper withBorder p="md">
          <Group align="end" wrap="wrap">
            <TextInput
              label="Title"
              value={view.title}
              onChange={(e) => setView({ title: e.currentTarget.value }, { replace: true })}
            />
            <Select
              label="Records"
              data={KINDS}
              value={view.kind}
              allowDeselect={false}
              onChange={(kind) =>
                // Stage entries are counted per stage: their reports group by it first.
                kind &&
                setView({ kind, group1: kind === 'STAGE_ENTRY' ? 'stage' : 'team', group2: '', measure: 'COUNT' })
              }
            />
            <Select
              label="Group by"
              data={groupOptions}
              value={view.group1 || null}
              disabled={view.chart === 'number'}
              onChange={(v) => setView({ group1: v ?? '' })}
            />
            <Select
              label="Then by"
              data={groupOptions}
              value={view.group2 || null}
              disabled={view.chart === 'number'}
              clearable
              onChange={(v) => setView({ group2: v ?? '' })}
            />
            {needsBucket ? (
              <Select
                label="Dates by"
                data={BUCKETS}
                value={view.bucket}
                allowDeselect={false}
                onChange={(v) => v && setView({ bucket: v })}
              />
            ) : null}
            <Select
              label="Measure"
              data={measureOptions}
              value={view.measure}
              allowDeselect={false}
              onChange={(v) => v && setView({ measure: v })}
            />
            <Select
              label="Period"
              data={PERIODS}
              value={view.months}
              allowDeselect={false}
              onChange={(v) => setView({ months: v ?? '' })}
            />
            <Select
              label="Chart"
              data={[...CHART_TYPES]}
              value={view.chart}
              allowDeselect={false}
              onChange={(v) => v && setView({ chart: v })}
            />
          </Group>
        </Paper>
        {spec ? <ReportView spec={spec} chart={view.chart as ChartType} title={view.title} /> : null}
      </Stack>
    </>
  );
}
