import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFile } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import { formatBytes } from '../documentLabels';
import type { UploadedFile } from '../hooks/uploadDocumentFile';
import { DocumentFileUpload } from './DocumentFileUpload';

export const DocumentFilePanel_document = graphql(`
  fragment DocumentFilePanel_document on Document {
    id
    version
    deletedAt
    file {
      id
      fileName
      contentType
      byteSize
      url
      updatedAt
    }
  }
`);

/** The document's file: download it; editors upload or replace it. */
export function DocumentFilePanel(props: {
  document: FragmentType<typeof DocumentFilePanel_document>;
  canEdit: boolean;
  onUploaded(result: UploadedFile): void;
  /** The document changed meanwhile (an upload was refused as stale): load it again. */
  onStale(): void;
}) {
  const document = getFragmentData(DocumentFilePanel_document, props.document);
  const { file } = document;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        File
      </Title>
      <Stack gap="sm">
        {file ? (
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconFile size={28} aria-hidden />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Anchor href={file.url} download={file.fileName} fw={600}>
                <Group gap={4} wrap="nowrap" component="span">
                  <IconDownload size={16} aria-hidden />
                  <span>Download {file.fileName}</span>
                </Group>
              </Anchor>
              <Text size="xs" c="dimmed">
                {formatBytes(file.byteSize)} · {file.contentType} · uploaded{' '}
                {dayjs(file.updatedAt).format('D MMM YYYY, HH:mm')}
              </Text>
            </Stack>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            No file.{props.canEdit && ' Upload the PDF, slides or scan that goes with it.'}
          </Text>
        )}
        {props.canEdit && !document.deletedAt && (
          <DocumentFileUpload
            documentId={document.id}
            version={document.version}
            hasFile={Boolean(file)}
            onUploaded={props.onUploaded}
            onStale={props.onStale}
          />
        )}
      </Stack>
    </Paper>
  );
}
