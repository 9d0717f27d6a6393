import { useQuery } from '@apollo/client/react';
import { Alert, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconUpload, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { graphql } from '../../../generated';
import { formatBytes, formatMegabytes } from '../documentLabels';
import { uploadDocumentFile, UploadError, type UploadedFile } from '../hooks/uploadDocumentFile';

/** The server's upload limit (UPLOAD_MAX_MB), asked once and kept in the cache. */
export const DocumentFileLimitQuery = graphql(`
  query DocumentFileLimit {
    documentFileMaxBytes
  }
`);

interface DocumentFileUploadProps {
  documentId: string;
  /** The version of the document shown: an upload over someone else's later change is refused. */
  version: number;
  /** Whether the document has a file already (the button then says "Replace"). */
  hasFile: boolean;
  onUploaded(result: UploadedFile): void;
  /** Someone else changed the document since it was shown: load it again. */
  onStale?(): void;
}

interface Progressing {
  fileName: string;
  loaded: number;
  total: number;
}

function UploadBar({ fileName, percent }: { fileName: string; percent: number }) {
  return (
    <Progress.Root size="lg">
      <Progress.Section
        value={percent}
        color={percent === 100 ? 'green' : undefined}
        animated={percent < 100}
        aria-label={`Upload of ${fileName}`}
      />
    </Progress.Root>
  );
}

/** Choose a file, watch it go up with a progress bar, cancel it; errors said plainly. */
export function DocumentFileUpload({ documentId, version, hasFile, onUploaded, onStale }: DocumentFileUploadProps) {
  const maxBytes = useQuery(DocumentFileLimitQuery).data?.documentFileMaxBytes;
  const [progress, setProgress] = useState<Progressing | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const resetFile = useRef<() => void>(null);

  const upload = async (file: File | null) => {
    resetFile.current?.();
    if (!file) return;
    setError(null);
    setUploaded(null);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ fileName: file.name, loaded: 0, total: file.size });
    try {
      const result = await uploadDocumentFile(documentId, file, {
        version,
        maxBytes,
        signal: controller.signal,
        onProgress: (loaded, total) => setProgress({ fileName: file.name, loaded, total }),
      });
      notifications.show({ color: 'green', message: `${result.file.fileName} was uploaded.` });
      setUploaded(result.file.fileName);
      onUploaded(result);
    } catch (caught) {
      const uploadError = caught instanceof UploadError ? caught : null;
      if (uploadError?.code === 'ABORTED') notifications.show({ color: 'gray', message: 'The upload was cancelled.' });
      else setError(uploadError?.message ?? 'The upload failed. Try again.');
      if (uploadError?.code === 'CONFLICT') onStale?.();
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;

  return (
    <Stack gap="xs">
      {error && (
        <Alert
          role="alert"
          color="red"
          icon={<IconAlertTriangle aria-hidden />}
          title="The file was not uploaded"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setError(null)}
        >
          {error}
        </Alert>
      )}
      {progress ? (
        <Stack gap={4}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" truncate>
              Uploading {progress.fileName}: {formatBytes(progress.loaded)} of {formatBytes(progress.total)}
            </Text>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconX size={14} aria-hidden />}
              onClick={() => abort.current?.abort()}
            >
              Cancel upload
            </Button>
          </Group>
          <UploadBar fileName={progress.fileName} percent={percent} />
        </Stack>
      ) : (
        <>
          {uploaded && (
            <Stack gap={4}>
              <Text size="sm">Uploaded {uploaded}.</Text>
              <UploadBar fileName={uploaded} percent={100} />
            </Stack>
          )}
          <Group gap="xs">
            <FileButton resetRef={resetFile} onChange={(file) => void upload(file)}>
              {(props) => (
                <Button variant="default" leftSection={<IconUpload size={18} aria-hidden />} {...props}>
                  {hasFile ? 'Replace the file…' : 'Upload a file…'}
                </Button>
              )}
            </FileButton>
            {maxBytes !== undefined && (
              <Text size="xs" c="dimmed">
                Up to {formatMegabytes(maxBytes)}.
              </Text>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
