import { getFragmentData, graphql, type FragmentType } from '../../../generated';
import type { ContactTable_ContactFragment } from '../../../generated/graphql';
import { DataTable, type DataTableColumn, type DataTableProps } from '../../../ui/DataTable';
import { CONTACT_COLUMNS } from './contactColumns';

export const ContactTable_contact = graphql(`
  fragment ContactTable_contact on Contact {
    id
    name
    version
    title
    country
    emails
    phones
    updatedAt
    lastContactedAt
    primaryOrganization {
      id
      name
    }
    primaryAffiliation {
      id
      role
    }
    activityCount: activities(first: 1) {
      totalCount
    }
    owner {
      id
      name
    }
    tags {
      id
      label
    }
  }
`);

type ContactRow = ContactTable_ContactFragment;

type TableProps = Omit<DataTableProps<ContactRow>, 'label' | 'columns' | 'rows' | 'rowKey' | 'rowLabel'>;

export interface ContactTableProps extends TableProps {
  contacts: FragmentType<typeof ContactTable_contact>[] | undefined;
  /** The columns offered; viewers, who never see email addresses or phones, get fewer. */
  columns?: DataTableColumn<ContactRow>[];
}

/** Contacts as a table: the columns and how each row reads. */
export function ContactTable({ contacts, columns = CONTACT_COLUMNS, ...props }: ContactTableProps) {
  const rows = contacts && getFragmentData(ContactTable_contact, contacts);
  return (
    <DataTable
      label="Contacts"
      columns={columns}
      rows={rows ? [...rows] : undefined}
      rowKey={(row) => row.id}
      rowLabel={(row) => row.name}
      {...props}
    />
  );
}
