import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../../generated';
import { countryName, countryOptions } from '../../../ui/countries';
import { InlineSelectCell, InlineTextCell } from '../../../ui/list';
import { useSetContactField } from '../hooks/useSetContactField';

export const ContactFieldsNowQuery = graphql(`
  query ContactFieldsNow($id: ID!) {
    contact(id: $id) {
      id
      version
      title
      country
    }
  }
`);

const COUNTRIES = countryOptions();

interface ContactRow {
  id: string;
  name: string;
  version: number;
  title?: string | null;
  country?: string | null;
}

/** The contact as the server has it now (the list row shows it too), for a conflict. */
function useContactNow(id: string) {
  const client = useApolloClient();
  return async () => {
    const { data } = await client.query({
      query: ContactFieldsNowQuery,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    if (!data?.contact) throw new Error('This contact is no longer there.');
    return data.contact;
  };
}

/** A contact's job title in its list row: editors type it there. */
export function ContactTitleCell({ contact }: { contact: ContactRow }) {
  const [setField] = useSetContactField();
  const now = useContactNow(contact.id);
  return (
    <InlineTextCell
      field="Title"
      recordName={contact.name}
      value={contact.title}
      version={contact.version}
      maxLength={300}
      save={(title, version) => setField({ id: contact.id, version }, { title })}
      reload={async () => {
        const latest = await now();
        return { value: latest.title ?? null, version: latest.version };
      }}
    />
  );
}

/** A contact's country in its list row: editors choose it there. */
export function ContactCountryCell({ contact }: { contact: ContactRow }) {
  const [setField] = useSetContactField();
  const now = useContactNow(contact.id);
  return (
    <InlineSelectCell
      field="Country"
      recordName={contact.name}
      value={contact.country ?? null}
      version={contact.version}
      options={COUNTRIES}
      searchable
      display={contact.country && <span title={contact.country}>{countryName(contact.country)}</span>}
      save={(country, version) => setField({ id: contact.id, version }, { country })}
      reload={async () => {
        const latest = await now();
        return { value: latest.country ?? null, version: latest.version };
      }}
    />
  );
}
