import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { DocumentTable_DocumentFragment } from '../../../generated/graphql';
import { DataTable, type DataTableProps } from '../../../ui/DataTable';
import { DOCUMENT_COLUMNS } from './documentColumns';

export const DocumentTable_document = graphql(`
  fragment DocumentTable_document on Document {
    id
    title
    kind
    visibility
    createdAt
    updatedAt
    owner {
      id
      name
    }
    tags {
      id
      label
    }
    file {
      id
      fileName
      byteSize
    }
    attachedTo {
      organizations {
        id
        name
      }
      contacts {
        id
        name
      }
      projects {
        id
        name
      }
    }
  }
`);

type DocumentRow = DocumentTable_DocumentFragment;

type TableProps = Omit<DataTableProps<DocumentRow>, 'label' | 'columns' | 'rows' | 'rowKey' | 'rowLabel'>;

export interface DocumentTableProps extends TableProps {
  documents: FragmentType<typeof DocumentTable_document>[] | undefined;
}

/** Documents as a table: the columns and how each row reads. */
export function DocumentTable({ documents, ...props }: DocumentTableProps) {
  const rows = documents && getFragmentData(DocumentTable_document, documents);
  return (
    <DataTable
      label="Documents"
      columns={DOCUMENT_COLUMNS}
      rows={rows ? [...rows] : undefined}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.title}
      {...props}
    />
  );
}
