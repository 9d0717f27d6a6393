import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { getFragmentData } from '../../../generated';
import type { DashboardWidgetInput, ReportChart, ReportSpecInput } from '../../../generated/graphql';
import { useSession } from '../../../app/session/useSession';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { PRIVATE, SharingFields, sharingInput, type Sharing } from '../../savedView/components/SharingFields';
import { sizeOf } from '../dashboardLayout';
import {
  CreateDashboard,
  DashboardFields,
  DashboardQuery,
  DashboardsQuery,
  UpdateDashboard,
} from '../dashboardOperations';
import { mayEditDashboard } from '../mayEditDashboard';
import { CreateSavedReport } from './SaveReportDialog';

const CHARTS: { value: ReportChart; label: string }[] = [
  { value: 'BAR', label: 'Bar' },
  { value: 'STACKED_BAR', label: 'Stacked bar' },
  { value: 'LINE', label: 'Line' },
  { value: 'AREA', label: 'Area' },
  { value: 'PIE', label: 'Pie' },
  { value: 'DONUT', label: 'Donut' },
  { value: 'HEATMAP', label: 'Heatmap' },
  { value: 'FUNNEL', label: 'Funnel' },
  { value: 'NUMBER', label: 'Number with comparison' },
  { value: 'TABLE', label: 'Table' },
  { value: 'PIVOT', label: 'Pivot table' },
];

const NEW = 'new';

/** The report to add: one being built (a spec), or a saved one (its id and chart). */
export interface ReportToAdd {
  name: string;
  spec: ReportSpecInput;
  chart: ReportChart;
  savedReportId?: string;
}

/** A widget's place below the others. */
function below(widgets: readonly { y: number; h: number }[]) {
  return widgets.reduce((bottom, w) => Math.max(bottom, w.y + w.h), 0);
}

/**
 * Puts a report on a dashboard the viewer may change, or on a new one, drawn as the chart
 * chosen. A report being built is saved first; a saved report drawn otherwise than it is saved
 * is saved again under the new chart, so that the report itself does not change elsewhere. The
 * report is shared as the dashboard is, so that who sees the dashboard sees the widget.
 */
export function AddToDashboardDialog({ report, onClose }: { report: ReportToAdd; onClose(): void }) {
  const session = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const dashboards = (useQuery(DashboardsQuery).data?.dashboards.nodes ?? []).filter((d) =>
    mayEditDashboard(session, d),
  );
  const [target, setTarget] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [sharing, setSharing] = useState<Sharing>(PRIVATE);
  const [chart, setChart] = useState<ReportChart>(report.chart);
  const [name, setName] = useState(report.name);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [createReport] = useMutation(CreateSavedReport, { refetchQueries: ['SavedReports'] });
  const [createDashboard] = useMutation(CreateDashboard, { refetchQueries: ['Dashboards'] });
  const [updateDashboard] = useMutation(UpdateDashboard);
  const fields = failure ? fieldErrorsOf(failure) : {};
  const problem = failure ? describeError(failure) : null;
  const chosen = target ?? dashboards[0]?.id ?? NEW;
  const existing = dashboards.find((d) => d.id === chosen);
  const mustSave = !report.savedReportId || chart !== report.chart;

  const add = async () => {
    const shared: Sharing = existing ? { visibility: existing.visibility, teamId: existing.team?.id ?? null } : sharing;
    let savedReportId = report.savedReportId;
    if (mustSave) {
      const { data } = await createReport({
        variables: { input: { name, spec: report.spec, chart, ...sharingInput(shared) } },
      });
      savedReportId = data?.createSavedReport.id;
    }
    if (!savedReportId) return;
    const widget = (y: number): DashboardWidgetInput => ({
      kind: 'SAVED_REPORT',
      savedReportId,
      x: 0,
      y,
      ...sizeOf(chart),
    });
    let dashboardId: string | undefined;
    if (existing) {
      const { data } = await client.query({
        query: DashboardQuery,
        variables: { id: existing.id },
        fetchPolicy: 'network-only',
      });
      const current = getFragmentData(DashboardFields, data?.dashboard);
      if (!current) throw new Error('NOT_FOUND');
      const kept = current.widgets.map(
        ({ kind, savedReportId, builtInReportId, markdown, title, x, y, w, h }): DashboardWidgetInput => ({
          kind,
          savedReportId,
          builtInReportId,
          markdown,
          title,
          x,
          y,
          w,
          h,
        }),
      );
      const result = await updateDashboard({
        variables: {
          input: { id: current.id, version: current.version, widgets: [...kept, widget(below(current.widgets))] },
        },
      });
      dashboardId = result.data?.updateDashboard.id;
    } else {
      const result = await createDashboard({
        variables: { input: { name: newName, ...sharingInput(sharing), widgets: [widget(0)] } },
      });
      dashboardId = result.data?.createDashboard.id;
    }
    if (!dashboardId) return;
    notifications.show({ color: 'green', title: 'Added to the dashboard', message: `“${name}” is on it.` });
    onClose();
    void navigate(`/dashboards/${dashboardId}`);
  };

  return (
    <Modal opened onClose={onClose} title="Add to a dashboard">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setFailure(null);
          add()
            .catch(setFailure)
            .finally(() => setBusy(false));
        }}
      >
        <Stack>
          <Select
            label="Dashboard"
            data-autofocus
            allowDeselect={false}
            data={[
              ...dashboards.map((d) => ({ value: d.id, label: d.name })),
              { value: NEW, label: 'A new dashboard…' },
            ]}
            value={chosen}
            onChange={setTarget}
          />
          {chosen === NEW && (
            <>
              <TextInput
                label="Name of the new dashboard"
                required
                value={newName}
                onChange={(event) => setNewName(event.currentTarget.value)}
              />
              <SharingFields value={sharing} onChange={setSharing} teamError={fields.teamId} />
            </>
          )}
          <Select
            label="Chart"
            allowDeselect={false}
            data={CHARTS}
            value={chart}
            onChange={(value) => value && setChart(value as ReportChart)}
          />
          {mustSave && (
            <TextInput
              label="Report name"
              description={
                report.savedReportId
                  ? 'Saved as a new report with this chart; the report itself stays as it is.'
                  : 'The report is saved under this name.'
              }
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fields.name}
            />
          )}
          {problem && !(mustSave && fields.name) && !(chosen === NEW && fields.teamId) ? (
            <p role="alert">
              {problem.title}: {problem.details.join('; ') || problem.message}
            </p>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Add to dashboard
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
