import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../../generated';
import type { OrganizationKind } from '../../../generated/graphql';
import { countryName, countryOptions } from '../../../ui/countries';
import { InlineSelectCell, InlineTextCell } from '../../../ui/list';
import { useSetOrganizationField } from '../hooks/useSetOrganizationField';
import { ORGANIZATION_KIND_LABELS, ORGANIZATION_KIND_OPTIONS } from '../organizationKinds';

export const OrganizationFieldsNowQuery = graphql(`
  query OrganizationFieldsNow($id: ID!) {
    organization(id: $id) {
      id
      version
      acronym
      kind
      country
      city
    }
  }
`);

const COUNTRIES = countryOptions();

interface OrganizationRow {
  id: string;
  name: string;
  version: number;
  acronym?: string | null;
  kind: OrganizationKind;
  country?: string | null;
  city?: string | null;
}

type Latest = {
  version: number;
  acronym?: string | null;
  kind: OrganizationKind;
  country?: string | null;
  city?: string | null;
};

/** The organization as the server has it now (the list row shows it too), for a conflict. */
function useOrganizationNow(id: string) {
  const client = useApolloClient();
  return async (): Promise<Latest> => {
    const { data } = await client.query({
      query: OrganizationFieldsNowQuery,
      variables: { id },
      fetchPolicy: 'network-only',
    });
    if (!data?.organization) throw new Error('This organization is no longer there.');
    return data.organization;
  };
}

type TextField = 'acronym' | 'city';

const TEXT_FIELDS: Record<TextField, { label: string; maxLength: number }> = {
  acronym: { label: 'Acronym', maxLength: 50 },
  city: { label: 'City', maxLength: 200 },
};

/** An organization's acronym or city in its list row: editors type it there. */
export function OrganizationTextCell({ organization, field }: { organization: OrganizationRow; field: TextField }) {
  const [setField] = useSetOrganizationField();
  const now = useOrganizationNow(organization.id);
  const { label, maxLength } = TEXT_FIELDS[field];
  return (
    <InlineTextCell
      field={label}
      recordName={organization.name}
      value={organization[field]}
      version={organization.version}
      maxLength={maxLength}
      save={(text, version) =>
        setField({ id: organization.id, version }, field === 'acronym' ? { acronym: text } : { city: text })
      }
      reload={async () => {
        const latest = await now();
        return { value: latest[field] ?? null, version: latest.version };
      }}
    />
  );
}

/** An organization's kind in its list row: editors choose it there. */
export function OrganizationKindCell({ organization }: { organization: OrganizationRow }) {
  const [setField] = useSetOrganizationField();
  const now = useOrganizationNow(organization.id);
  return (
    <InlineSelectCell
      field="Kind"
      recordName={organization.name}
      value={organization.kind}
      version={organization.version}
      options={ORGANIZATION_KIND_OPTIONS}
      display={ORGANIZATION_KIND_LABELS[organization.kind]}
      save={(kind, version) => setField({ id: organization.id, version }, { kind })}
      reload={async () => {
        const latest = await now();
        return { value: latest.kind, version: latest.version };
      }}
    />
  );
}

/** An organization's country in its list row: editors choose it there. */
export function OrganizationCountryCell({ organization }: { organization: OrganizationRow }) {
  const [setField] = useSetOrganizationField();
  const now = useOrganizationNow(organization.id);
  return (
    <InlineSelectCell
      field="Country"
      recordName={organization.name}
      value={organization.country ?? null}
      version={organization.version}
      options={COUNTRIES}
      searchable
      display={organization.country && <span title={organization.country}>{countryName(organization.country)}</span>}
      save={(country, version) => setField({ id: organization.id, version }, { country })}
      reload={async () => {
        const latest = await now();
        return { value: latest.country ?? null, version: latest.version };
      }}
    />
  );
}
