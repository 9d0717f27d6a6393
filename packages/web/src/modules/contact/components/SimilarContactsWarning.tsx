import { DuplicateWarning } from '../../merge/components/DuplicateWarning';
import { useSimilarContacts } from '../hooks/useSimilarContacts';

interface SimilarContactsWarningProps {
  /** The name as typed: "Marie Curie". */
  name: string;
  email?: string;
  onMerge(contactId: string): void;
  merging?: string | null;
}

/** Contacts who may be the person being entered, while their name or email is typed. */
export function SimilarContactsWarning({ name, email, onMerge, merging }: SimilarContactsWarningProps) {
  const similar = useSimilarContacts(name, email);
  return (
    <DuplicateWarning
      noun="contact"
      basePath="/contacts"
      merging={merging}
      onMerge={onMerge}
      duplicates={similar.map((hit) => ({
        id: hit.contact.id,
        name: hit.contact.name,
        detail: hit.contact.primaryOrganization?.name,
        badge: hit.sameEmail ? 'Same email' : null,
      }))}
    />
  );
}
