import { Anchor, Input, Paper, Tabs, Text, Textarea } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { lazy, Suspense, useState, type ReactNode } from 'react';

// The Markdown renderer is only needed once "Preview" is chosen: it loads with it.
const MarkdownView = lazy(async () => ({ default: (await import('./MarkdownView')).MarkdownView }));

export interface MarkdownEditorProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: ReactNode;
  description?: ReactNode;
}

/** Markdown text: written in a growing text area, checked in a preview tab. */
export function MarkdownEditor({ label, value, onChange, error, description }: MarkdownEditorProps) {
  const [tab, setTab] = useState<string | null>('write');
  const id = useId();
  return (
    <Input.Wrapper label={label} error={error} description={description} id={id}>
      <Tabs value={tab} onChange={setTab} mt={4}>
        <Tabs.List>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <Textarea
            id={id}
            aria-label={label}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
            error={Boolean(error)}
            autosize
            minRows={8}
            maxRows={30}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <Text size="xs" c="dimmed" mt={4}>
            Markdown: **bold**, _italic_, # headings, - lists, [links](https://…), tables.{' '}
            <Anchor href="https://commonmark.org/help/" target="_blank" rel="noreferrer" size="xs" underline="always">
              Help
            </Anchor>
          </Text>
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <Paper withBorder p="md" mih={120} aria-label="Preview">
            {value.trim() ? (
              <Suspense fallback={<Text c="dimmed">Loading the preview…</Text>}>
                <MarkdownView>{value}</MarkdownView>
              </Suspense>
            ) : (
              <Text c="dimmed">Nothing to preview yet.</Text>
            )}
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Input.Wrapper>
  );
}
