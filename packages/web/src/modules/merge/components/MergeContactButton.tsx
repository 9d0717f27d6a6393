import { ContactPicker } from '../../contact/components/ContactPicker';
import { useSimilarContacts } from '../../contact/hooks/useSimilarContacts';
import { CONTACT_MERGE_FIELDS, useContactComparison } from '../hooks/useMergeComparison';
import { useMergeContacts } from '../hooks/useMergeContacts';
import { MergeDuplicateButton, type MergeSuggestion } from './MergeDuplicateButton';

const MOVES = ['affiliations', 'project links', 'activities and documents they are linked to', 'tags'];

function useContactSuggestions(contact: { id: string; name: string }, active: boolean): MergeSuggestion[] {
  return useSimilarContacts(active ? contact.name : '', undefined, contact.id).map((hit) => ({
    id: hit.contact.id,
    name: hit.contact.name,
    label: (
      <>
        {hit.contact.name}
        {hit.contact.primaryOrganization && ` — ${hit.contact.primaryOrganization.name}`}
      </>
    ),
  }));
}

/** "Merge duplicate…" on a contact's page: this contact stays, the chosen one is merged into it. */
export function MergeContactButton({ contact }: { contact: { id: string; name: string; version: number } }) {
  return (
    <MergeDuplicateButton
      survivor={contact}
      noun="contact"
      moves={MOVES}
      useMerge={useMergeContacts}
      useSuggestions={useContactSuggestions}
      fields={CONTACT_MERGE_FIELDS}
      useComparison={useContactComparison}
      basePath="/contacts"
      renderPicker={(picker) => <ContactPicker label="Duplicate contact" excludeId={contact.id} {...picker} />}
    />
  );
}
