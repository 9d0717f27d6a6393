import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A refusal of `createContact` because another contact has the email address. */
export interface DuplicateEmail {
  message: string;
  /** The contact who has it; null when the viewer is not to know who (one in the trash). */
  existingContact: { id: string; name: string } | null;
}

/** The DUPLICATE_EMAIL refusal in an error, or null for any other error. */
export function duplicateEmailOf(error: unknown): DuplicateEmail | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const refusal = error.errors.find((each) => each.extensions?.reason === 'DUPLICATE_EMAIL');
  if (!refusal) return null;
  const fields = refusal.extensions?.fields as Record<string, string[]> | undefined;
  return {
    message: fields?.emails?.[0] ?? refusal.message,
    existingContact: (refusal.extensions?.existingContact as DuplicateEmail['existingContact']) ?? null,
  };
}
