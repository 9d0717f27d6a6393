import { Anchor, Group, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { DocumentTable_DocumentFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { DOCUMENT_KIND_LABELS, formatBytes, VISIBILITY_LABELS } from '../documentLabels';
import { dateColumn, ownerColumn, tagsColumn, updatedColumn } from '../../../ui/list';

const attachedNames = (row: Row) =>
  [...row.attachedTo.organizations, ...row.attachedTo.contacts, ...row.attachedTo.projects].map((r) => r.name);

/** The columns of the document list; `sortKey`s are those of useDocumentListView. */
export const DOCUMENT_COLUMNS: DataTableColumn<Row>[] = [
  {
    key: 'title',
    header: 'Title',
    sortKey: 'title',
    alwaysVisible: true,
    render: (row) => (
      <Group gap={6} wrap="nowrap">
        <Anchor component={Link} to={`/documents/${row.id}`} fw={600}>
          {row.title}
        </Anchor>
        {row.file && <IconPaperclip size={14} aria-label="Has a file" />}
      </Group>
    ),
    csv: (row) => row.title,
  },
  {
    key: 'kind',
    header: 'Kind',
    render: (row) => DOCUMENT_KIND_LABELS[row.kind],
    csv: (row) => DOCUMENT_KIND_LABELS[row.kind],
  },
  {
    key: 'attached',
    header: 'Attached to',
    render: (row) => <Text size="sm">{attachedNames(row).join(', ')}</Text>,
    csv: (row) => attachedNames(row).join('; '),
  },
  ownerColumn(),
  tagsColumn(),
  {
    key: 'file',
    header: 'File',
    hiddenByDefault: true,
    render: (row) => row.file && `${row.file.fileName} (${formatBytes(row.file.byteSize)})`,
    csv: (row) => row.file?.fileName,
  },
  {
    key: 'visibility',
    header: 'Visible to',
    hiddenByDefault: true,
    render: (row) => VISIBILITY_LABELS[row.visibility],
    csv: (row) => VISIBILITY_LABELS[row.visibility],
  },
  dateColumn('created', 'Created', (row) => row.createdAt, { sortKey: 'created' }),
  updatedColumn(),
];
