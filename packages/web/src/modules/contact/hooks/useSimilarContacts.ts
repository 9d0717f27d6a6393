import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { graphql } from '../../../generated';

export const SimilarContactsQuery = graphql(`
  query SimilarContacts($name: String, $email: String) {
    similarContacts(name: $name, email: $email, first: 5) {
      score
      sameEmail
      contact {
        id
        name
        primaryOrganization {
          id
          name
        }
      }
    }
  }
`);

/** Contacts who may be the person being typed, once the typing pauses; `excludeId` is the one edited. */
export function useSimilarContacts(name: string, email: string | undefined, excludeId?: string) {
  // One string, so that the debounce compares values, not objects.
  const [key] = useDebouncedValue(`${name.trim()}\n${email?.trim() ?? ''}`, 400);
  const [typedName = '', typedEmail = ''] = key.split('\n');
  const typed = { name: typedName, email: typedEmail };
  const enough = typed.name.length >= 3 || typed.email.includes('@');
  const { data } = useQuery(SimilarContactsQuery, {
    variables: { name: typed.name || null, email: typed.email || null },
    skip: !enough,
  });
  const similar = enough ? (data?.similarContacts ?? []) : [];
  return similar.filter((hit) => hit.contact.id !== excludeId);
}
