import { useQuery } from '@apollo/client/react';
import { Badge, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useParams } from 'react-router';
import { PageLoader } from '../../../app/layout/PageLoader';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { ErrorAlert } from '../../../ui/errors/ErrorAlert';
import { EditLinkButton, TrashedAlert, UrlTabs } from '../../../ui/page';
import { PageHeader } from '../../../ui/PageHeader';
import { RecordHistory } from '../../history/components/RecordHistory';
import { DeleteRecordButton } from '../../trash/components/DeleteRecordButton';
import { RestoreRecordButton } from '../../trash/components/RestoreRecordButton';
import { DocumentAttachments } from '../components/DocumentAttachments';
import { DocumentFilePanel } from '../components/DocumentFilePanel';
import { RecordNotFound } from '../../../ui/page/RecordNotFound';
import { DOCUMENT_KIND_LABELS, VISIBILITY_LABELS } from '../documentLabels';

const MarkdownView = lazy(async () => ({ default: (await import('../components/MarkdownView')).MarkdownView }));

export const DocumentDetailQuery = graphql(`
  query DocumentDetail($id: ID!) {
    document(id: $id) {
      id
      title
      kind
      visibility
      body
      version
      deletedAt
      createdAt
      updatedAt
      owner {
        id
        name
      }
      updatedBy {
        id
        name
      }
      tags {
        id
        label
      }
      ...DocumentFilePanel_document
      ...DocumentAttachments_document
    }
  }
`);

/** /documents/:id: the text as a page, its file, the records it concerns, its history. */
export function DocumentDetailPage() {
  const { id = '' } = useParams();
  const { canEdit } = useSession();
  const { data, loading, error, refetch } = useQuery(DocumentDetailQuery, { variables: { id } });
  const document = data?.document;

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!document)
    return (
      <RecordNotFound
        label="Document"
        plural="Documents"
        path="/documents"
        description="It may have been moved to the trash, it is not shared with you (ask its owner), or the link is wrong."
      />
    );
  const editable = canEdit && !document.deletedAt;

  return (
    <>
      <PageHeader
        title={document.title}
        breadcrumbs={[{ label: 'Documents', to: '/documents' }]}
        description={
          <>
            {DOCUMENT_KIND_LABELS[document.kind]} · visible to {VISIBILITY_LABELS[document.visibility].toLowerCase()}
            {document.owner && ` · owned by ${document.owner.name}`} · last changed{' '}
            {dayjs(document.updatedAt).format('D MMM YYYY, HH:mm')}
            {document.updatedBy && ` by ${document.updatedBy.name}`}
          </>
        }
        actions={
          editable && (
            <>
              <EditLinkButton />
              <DeleteRecordButton type="DOCUMENT" id={document.id} name={document.title} version={document.version} />
            </>
          )
        }
      />
      {document.deletedAt && (
        <TrashedAlert
          mb="md"
          action={canEdit && <RestoreRecordButton type="DOCUMENT" id={document.id} name={document.title} />}
        >
          This document was moved to the trash, with its file and attachments.
        </TrashedAlert>
      )}
      <UrlTabs
        tabs={[
          {
            value: 'overview',
            label: 'Overview',
            panel: (
              <Grid gap="md">
                <Grid.Col span={{ base: 12, md: 8 }}>
                  <Paper withBorder p="lg">
                    {document.tags.length > 0 && (
                      <Group gap={4} mb="sm">
                        {document.tags.map((tag) => (
                          <Badge key={tag.id} variant="light" color="gray" tt="none">
                            {tag.label}
                          </Badge>
                        ))}
                      </Group>
                    )}
                    {document.body.trim() ? (
                      <Suspense fallback={<Text c="dimmed">Loading…</Text>}>
                        <MarkdownView>{document.body}</MarkdownView>
                      </Suspense>
                    ) : (
                      <Text c="dimmed">This document has no text{editable ? ': Edit it to write some.' : '.'}</Text>
                    )}
                  </Paper>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <Stack>
                    <DocumentFilePanel
                      document={document}
                      canEdit={canEdit}
                      onUploaded={() => void refetch()}
                      onStale={() => void refetch()}
                    />
                    <DocumentAttachments document={document} canEdit={editable} />
                  </Stack>
                </Grid.Col>
              </Grid>
            ),
          },
          { value: 'history', label: 'History', panel: <RecordHistory recordId={document.id} /> },
        ]}
      />
    </>
  );
}
