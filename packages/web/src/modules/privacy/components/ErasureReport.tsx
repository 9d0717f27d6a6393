import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { EraseContactMutation as Erasure } from '../../../generated/graphql';

/** What an erasure did: where the person was redacted, and the stored files an admin must review. */
export function ErasureReport({ erasure, name }: { erasure: Erasure['eraseContact']; name: string }) {
  return (
    <Alert color="blue" icon={<IconCheck aria-hidden />} title={`${name} was erased`} role="status">
      <Stack gap="xs">
        {erasure.redacted.length === 0 ? (
          <Text size="sm">No other record mentioned them.</Text>
        ) : (
          <>
            <Text size="sm">Redacted in {erasure.redacted.length} other records:</Text>
            <List size="sm" aria-label="Redacted records">
              {erasure.redacted.map((record) => (
                <List.Item key={`${record.recordType}:${record.recordId}`}>
                  {record.recordType} {record.recordId.slice(0, 8)}: {record.fields.join(', ')}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {erasure.filesToReview.length === 0 ? (
          <Text size="sm">No stored file names them.</Text>
        ) : (
          <>
            <Text size="sm">
              These stored files name them: open each document and remove the file, or decide to keep it.
            </Text>
            <List size="sm" aria-label="Files to review">
              {erasure.filesToReview.map((file) => (
                <List.Item key={file.documentId}>
                  <Anchor href={`/documents/${file.documentId}`}>{file.fileName}</Anchor>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}
