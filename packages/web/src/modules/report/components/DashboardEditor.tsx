import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DashboardFieldsFragment } from '../../../generated/graphql';
import { describeError } from '../../../ui/errors/describeError';
import { fieldErrorsOf } from '../../../ui/errors/fieldErrors';
import { SharingFields, sharingInput, type Sharing } from '../../savedView/components/SharingFields';
import { dashboardFiltersInput, filtersOfDashboard, type DashboardFilters } from '../dashboardFilters';
import { HEIGHTS, inReadingOrder, moved, placed, WIDTHS, type WidgetDraft } from '../dashboardLayout';
import { DeleteDashboard, UpdateDashboard } from '../dashboardOperations';
import { AddWidgetDialog } from './AddWidgetDialog';
import { DashboardFilterBar } from './DashboardFilterBar';
import { widgetContent, type BuiltInReport } from './DashboardWidgetCard';

interface EditedWidget extends WidgetDraft {
  key: number;
  label: string;
}

const KIND_LABEL = { SAVED_REPORT: 'Saved report', BUILT_IN_REPORT: 'Built-in report', MARKDOWN: 'Text' };

/**
 * A dashboard being changed: its name, sharing and filters, and its widgets in order, each
 * moved, resized or removed; all of it saved at once with the version it started from.
 */
export function DashboardEditor({
  dashboard,
  builtIns,
  onDone,
}: {
  dashboard: DashboardFieldsFragment;
  builtIns: readonly BuiltInReport[];
  onDone(): void;
}) {
  const navigate = useNavigate();
  const [name, setName] = useState(dashboard.name);
  const [sharing, setSharing] = useState<Sharing>({
    visibility: dashboard.visibility,
    teamId: dashboard.team?.id ?? null,
  });
  const [filters, setFilters] = useState<DashboardFilters>(filtersOfDashboard(dashboard.filters));
  const [widgets, setWidgets] = useState<EditedWidget[]>(() =>
    inReadingOrder(dashboard.widgets).map((widget, key) => ({
      key,
      label: widgetContent(widget, builtIns).title || 'Text',
      kind: widget.kind,
      savedReportId: widget.savedReportId,
      builtInReportId: widget.builtInReportId,
      markdown: widget.markdown,
      title: widget.title,
      w: widget.w,
      h: widget.h,
    })),
  );
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [update, updating] = useMutation(UpdateDashboard);
  const [trash, trashing] = useMutation(DeleteDashboard, {
    refetchQueries: ['Dashboards'],
    update: (cache) => cache.evict({ id: cache.identify({ __typename: 'Dashboard', id: dashboard.id }) }),
  });
  const error = updating.error ?? trashing.error;
  const fields = updating.error ? fieldErrorsOf(updating.error) : {};

  const change = (index: number, patch: Partial<WidgetDraft>) =>
    setWidgets((all) => all.map((widget, i) => (i === index ? { ...widget, ...patch } : widget)));

  const save = async () => {
    await update({
      variables: {
        input: {
          id: dashboard.id,
          version: dashboard.version,
          name,
          ...sharingInput(sharing),
          filters: dashboardFiltersInput(filters),
          widgets: placed(widgets),
        },
      },
    });
    notifications.show({ color: 'green', title: 'Dashboard saved', message: `“${name}” is saved.` });
    onDone();
  };

  const remove = async () => {
    await trash({ variables: { input: { id: dashboard.id, version: dashboard.version } } });
    notifications.show({
      title: 'Dashboard moved to the trash',
      message: `“${dashboard.name}” can be restored from the trash.`,
    });
    void navigate('/dashboards');
  };

  return (
    <>
      <form
        aria-label="Edit the dashboard"
        onSubmit={(event) => {
          event.preventDefault();
          save().catch(() => undefined);
        }}
      >
        <Stack>
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fields.name}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              Shared with
            </Text>
            <SharingFields value={sharing} onChange={setSharing} teamError={fields.teamId} />
          </div>
          <div>
            <Text size="sm" fw={500}>
              Filters applied to every widget
            </Text>
            <DashboardFilterBar saved view={filters} onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} />
          </div>
          <Title order={2} size="h4">
            Widgets
          </Title>
          {widgets.length === 0 && <Text c="dimmed">No widget yet: add one.</Text>}
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {widgets.map((widget, index) => (
              <Paper key={widget.key} component="li" withBorder p="xs" aria-label={widget.label}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div>
                    <Text fw={500}>{widget.label}</Text>
                    <Text size="xs" c="dimmed">
                      {KIND_LABEL[widget.kind]}
                    </Text>
                  </div>
                  <Group gap="xs" align="end">
                    <Select
                      label="Width"
                      aria-label={`Width of ${widget.label}`}
                      size="xs"
                      w={120}
                      data={WIDTHS}
                      value={String(widget.w)}
                      allowDeselect={false}
                      onChange={(w) => w && change(index, { w: Number(w) })}
                    />
                    <Select
                      label="Height"
                      aria-label={`Height of ${widget.label}`}
                      size="xs"
                      w={100}
                      data={
                        HEIGHTS.some((h) => h.value === String(widget.h))
                          ? HEIGHTS
                          : [...HEIGHTS, { value: String(widget.h), label: `${widget.h} rows` }]
                      }
                      value={String(widget.h)}
                      allowDeselect={false}
                      onChange={(h) => h && change(index, { h: Number(h) })}
                    />
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={`Move ${widget.label} up`}
                      disabled={index === 0}
                      onClick={() => setWidgets((all) => moved(all, index, index - 1))}
                    >
                      <IconArrowUp size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={`Move ${widget.label} down`}
                      disabled={index === widgets.length - 1}
                      onClick={() => setWidgets((all) => moved(all, index, index + 1))}
                    >
                      <IconArrowDown size={18} aria-hidden />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      color="red"
                      size="lg"
                      aria-label={`Remove ${widget.label}`}
                      onClick={() => setWidgets((all) => all.filter((_, i) => i !== index))}
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
          <Group>
            <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
              Add a widget
            </Button>
          </Group>
          {error && !Object.keys(fields).length && (
            <Text role="alert" c="red">
              {describeError(error).title}
            </Text>
          )}
          <Group justify="space-between">
            {deleting ? (
              <Group gap="xs">
                <Text size="sm">Move this dashboard to the trash?</Text>
                <Button color="red" loading={trashing.loading} onClick={() => remove().catch(() => undefined)}>
                  Move to trash
                </Button>
                <Button variant="default" onClick={() => setDeleting(false)}>
                  Keep it
                </Button>
              </Group>
            ) : (
              <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
                Delete dashboard
              </Button>
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onDone}>
                Cancel
              </Button>
              <Button type="submit" loading={updating.loading}>
                Save dashboard
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
      {adding && (
        <AddWidgetDialog
          builtIns={builtIns}
          onClose={() => setAdding(false)}
          onAdd={(widget, label) => setWidgets((all) => [...all, { ...widget, label, key: Date.now() }])}
        />
      )}
    </>
  );
}
