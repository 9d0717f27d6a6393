import { countryName } from '../../../ui/countries';
import { DuplicateWarning } from '../../merge/components/DuplicateWarning';
import { useSimilarOrganizations } from '../hooks/useSimilarOrganizations';

interface SimilarOrganizationsWarningProps {
  /** The name (or acronym) as typed. */
  name: string;
  onMerge(organizationId: string): void;
  merging?: string | null;
}

/** Organizations that may be the one being entered, while its name is typed. */
export function SimilarOrganizationsWarning({ name, onMerge, merging }: SimilarOrganizationsWarningProps) {
  const similar = useSimilarOrganizations(name);
  return (
    <DuplicateWarning
      noun="organization"
      basePath="/organizations"
      merging={merging}
      onMerge={onMerge}
      duplicates={similar.map(({ organization }) => ({
        id: organization.id,
        name: organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name,
        detail: [organization.city, organization.country && countryName(organization.country)]
          .filter(Boolean)
          .join(', '),
      }))}
    />
  );
}
