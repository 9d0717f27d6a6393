import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../../generated';

export const SetContactFieldMutation = graphql(`
  mutation SetContactField($input: UpdateContactInput!) {
    updateContact(input: $input) {
      id
      version
      title
      country
      updatedAt
    }
  }
`);

/** The fields of a contact that its list row changes in place. */
export type ContactRowField = { title: string | null } | { country: string };

/**
 * Changes a contact's title or country from its list row, on the version the row shows (a newer
 * one answers CONFLICT). The row follows from the cache; the list keeps its order, filters and
 * sort until asked again, so a row never jumps away under the user's hands.
 */
export function useSetContactField() {
  const [mutate, state] = useMutation(SetContactFieldMutation);
  const setField = useCallback(
    async (contact: { id: string; version: number }, patch: ContactRowField) => {
      const { data } = await mutate({ variables: { input: { id: contact.id, version: contact.version, ...patch } } });
      return data!.updateContact;
    },
    [mutate],
  );
  return [setField, state] as const;
}
