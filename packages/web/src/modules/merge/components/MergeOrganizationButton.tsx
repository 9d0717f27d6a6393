import { OrganizationPicker } from '../../organization/components/OrganizationPicker';
import { useSimilarOrganizations } from '../../organization/hooks/useSimilarOrganizations';
import { ORGANIZATION_MERGE_FIELDS, useOrganizationComparison } from '../hooks/useMergeComparison';
import { useMergeOrganizations } from '../hooks/useMergeOrganizations';
import { MergeDuplicateButton, type MergeSuggestion } from './MergeDuplicateButton';

const MOVES = [
  'affiliations of its contacts',
  'project links',
  'organizations that are part of it',
  'activities, documents and needs linked to it',
  'tags',
];

function useOrganizationSuggestions(organization: { id: string; name: string }, active: boolean): MergeSuggestion[] {
  return useSimilarOrganizations(active ? organization.name : '', organization.id).map((hit) => ({
    id: hit.organization.id,
    name: hit.organization.name,
    label: (
      <>
        {hit.organization.name}
        {hit.organization.acronym && ` (${hit.organization.acronym})`}
      </>
    ),
  }));
}

/** "Merge duplicate…" on an organization's page: this one stays, the chosen one is merged into it. */
export function MergeOrganizationButton({
  organization,
}: {
  organization: { id: string; name: string; version: number };
}) {
  return (
    <MergeDuplicateButton
      survivor={organization}
      noun="organization"
      moves={MOVES}
      useMerge={useMergeOrganizations}
      useSuggestions={useOrganizationSuggestions}
      fields={ORGANIZATION_MERGE_FIELDS}
      useComparison={useOrganizationComparison}
      basePath="/organizations"
      renderPicker={(picker) => (
        <OrganizationPicker label="Duplicate organization" excludeId={organization.id} {...picker} />
      )}
    />
  );
}
