import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, SegmentedControl, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { DashboardWidgetKind } from '../../../generated/graphql';
import { sizeOf, type WidgetDraft } from '../dashboardLayout';
import { SavedReportsQuery } from '../reportOperations';
import type { BuiltInReport } from './DashboardWidgetCard';

const KINDS: { value: DashboardWidgetKind; label: string }[] = [
  { value: 'SAVED_REPORT', label: 'Saved report' },
  { value: 'BUILT_IN_REPORT', label: 'Built-in report' },
  { value: 'MARKDOWN', label: 'Text' },
];

/** Chooses what a new widget shows: a saved report, a built-in one, or text in Markdown. */
export function AddWidgetDialog({
  builtIns,
  onAdd,
  onClose,
}: {
  builtIns: readonly BuiltInReport[];
  onAdd(widget: WidgetDraft, label: string): void;
  onClose(): void;
}) {
  const [kind, setKind] = useState<DashboardWidgetKind>('SAVED_REPORT');
  const [savedReportId, setSavedReportId] = useState<string | null>(null);
  const [builtInReportId, setBuiltInReportId] = useState<string | null>(null);
  const [markdown, setMarkdown] = useState('');
  const [title, setTitle] = useState('');
  const saved = useQuery(SavedReportsQuery).data?.savedReports.nodes ?? [];
  const builtIn = builtIns.find((r) => r.id === builtInReportId);
  const ready =
    kind === 'SAVED_REPORT'
      ? Boolean(savedReportId)
      : kind === 'BUILT_IN_REPORT'
        ? Boolean(builtIn)
        : Boolean(markdown.trim());

  const label =
    title.trim() ||
    (kind === 'SAVED_REPORT' ? saved.find((r) => r.id === savedReportId)?.name : builtIn?.title) ||
    'Text';

  const add = () => {
    const size = kind === 'MARKDOWN' ? { w: 6, h: 2 } : sizeOf(builtIn?.chart === 'number' ? 'NUMBER' : undefined);
    onAdd(
      {
        kind,
        savedReportId: kind === 'SAVED_REPORT' ? savedReportId : null,
        builtInReportId: kind === 'BUILT_IN_REPORT' ? builtInReportId : null,
        markdown: kind === 'MARKDOWN' ? markdown : null,
        title: title.trim() || null,
        ...size,
      },
      label,
    );
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title="Add a widget">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) add();
        }}
      >
        <Stack>
          <SegmentedControl
            aria-label="What it shows"
            data={KINDS}
            value={kind}
            onChange={(value) => setKind(value as DashboardWidgetKind)}
          />
          {kind === 'SAVED_REPORT' && (
            <Select
              label="Saved report"
              searchable
              data-autofocus
              nothingFoundMessage="No saved report shared with you"
              data={saved.map((r) => ({ value: r.id, label: r.name }))}
              value={savedReportId}
              onChange={setSavedReportId}
            />
          )}
          {kind === 'BUILT_IN_REPORT' && (
            <Select
              label="Built-in report"
              searchable
              data={builtIns.map((r) => ({ value: r.id, label: r.title }))}
              value={builtInReportId}
              onChange={setBuiltInReportId}
            />
          )}
          {kind === 'MARKDOWN' && (
            <Textarea
              label="Text"
              description="Markdown: **bold**, lists, links."
              autosize
              minRows={4}
              value={markdown}
              onChange={(event) => setMarkdown(event.currentTarget.value)}
            />
          )}
          <TextInput
            label="Title"
            description={kind === 'MARKDOWN' ? 'Optional.' : 'The report’s name when left empty.'}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!ready}>
              Add widget
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
