import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { getFragmentData } from '../../../generated';
import { ContactForm_contact } from '../components/ContactForm';
import { fillBlanks, formValuesOf, type ContactFormValues } from '../components/contactFormValues';
import { ContactEditQuery } from '../pages/ContactEditPage';
import { removeDraft, writeDraft } from '../../../ui/useDraft';

/**
 * "Merge" on the new-contact form: nothing is created; the existing contact's edit form opens with
 * what was typed put into its empty fields (as a draft, to review and save).
 */
export function useMergeIntoExistingContact() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (contactId: string, typed: ContactFormValues) => {
      const { data } = await client.query({
        query: ContactEditQuery,
        variables: { id: contactId },
        fetchPolicy: 'network-only',
      });
      const existing = getFragmentData(ContactForm_contact, data?.contact);
      if (!existing) throw new Error('That contact is no longer there.');
      const merged = fillBlanks(formValuesOf(existing), typed);
      writeDraft(`contact:${contactId}`, merged, formValuesOf(existing));
      removeDraft('contact:new');
      navigate(`/contacts/${contactId}/edit`);
    },
    [client, navigate],
  );
}
