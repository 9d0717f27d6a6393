import { Anchor, Badge, Group, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { DocumentTable_DocumentFragment as Row } from '../../../generated/graphql';
import type { DataTableColumn } from '../../../ui/DataTable';
import { DOCUMENT_KIND_LABELS, formatBytes, VISIBILITY_LABELS } from '../documentLabels';

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
  { key: 'owner', header: 'Owner', render: (row) => row.owner?.name, csv: (row) => row.owner?.name },
  {
    key: 'tags',
    header: 'Tags',
    render: (row) => (
      <Group gap={4}>
        {row.tags.map((tag) => (
          <Badge key={tag.id} variant="light" color="gray" size="sm" tt="none">
            {tag.label}
          </Badge>
        ))}
      </Group>
    ),
    csv: (row) => row.tags.map((tag) => tag.label).join('; '),
  },
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
  {
    key: 'created',
    header: 'Created',
    sortKey: 'created',
    render: (row) => (
      <Text size="sm" component="time" dateTime={row.createdAt}>
        {dayjs(row.createdAt).format('D MMM YYYY')}
      </Text>
    ),
    csv: (row) => row.createdAt,
  },
  {
    key: 'updated',
    header: 'Updated',
    sortKey: 'updated',
    hiddenByDefault: true,
    render: (row) => (
      <Text size="sm" component="time" dateTime={row.updatedAt}>
        {dayjs(row.updatedAt).format('D MMM YYYY')}
      </Text>
    ),
    csv: (row) => row.updatedAt,
  },
];
