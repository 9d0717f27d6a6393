import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import { BadUserInputError, ForbiddenError } from '../../core/graphql/errors';
import { maySeeContactDetails } from '../contact/contact.policy';
import { checkFirst, containsPattern, searchText, withSearchSettings } from './search-sql';
import type { SimilarContact, SimilarOrganization } from './search.types';

export const MAX_SIMILAR = 20;

/**
 * Trigram similarity of whole names above which a record may be a duplicate: "Karlsruhe Inst. of
 * Technology" is 0.8 from "Karlsruhe Institute of Technology", "Institute of Technology Tallaght"
 * 0.42; "Jon Smith" is 0.62 from "John Smith", 0.5 from "Jane Smith".
 */
const ORGANIZATION_THRESHOLD = 0.5;
const CONTACT_THRESHOLD = 0.55;

/** Live organizations whose name is close to `name`, or whose acronym is `name`. */
export async function similarOrganizations(
  dataSource: DataSource,
  args: { name: string; first: number },
): Promise<SimilarOrganization[]> {
  const name = searchText(args.name, 'name');
  const first = checkFirst(args.first, MAX_SIMILAR);
  return withSearchSettings(dataSource, { similarity_threshold: ORGANIZATION_THRESHOLD }, (run) =>
    run<SimilarOrganization>(
      `SELECT o.id AS "organizationId",
         CAST(greatest(similarity(o.search_name, f.name), CASE WHEN o.search_acronym = f.name THEN 1 END) AS float8)
           AS score
       FROM organizations o, (SELECT search_fold(:name) AS name) f
       WHERE o.deleted_at IS NULL AND (o.search_name % f.name OR o.search_acronym = f.name)
       ORDER BY score DESC, o.name, o.id
       LIMIT :first`,
      { name, first },
    ),
  );
}

/**
 * Live contacts with the same email address (first) or a name close to "first last". Finding
 * contacts by email needs the right to see emails.
 */
export async function similarContacts(
  dataSource: DataSource,
  viewer: Viewer,
  args: { name?: string | null; email?: string | null; first: number },
): Promise<SimilarContact[]> {
  if (args.name == null && args.email == null) {
    throw new BadUserInputError('Give a name, an email or both', { name: ['name or email is required'] });
  }
  const name = args.name == null ? null : searchText(args.name, 'name');
  const email = args.email == null ? null : searchText(args.email, 'email').toLowerCase();
  if (email && !maySeeContactDetails(viewer)) {
    throw new ForbiddenError('Finding contacts by email needs the editor role');
  }
  const first = checkFirst(args.first, MAX_SIMILAR);

  const sameEmail = email
    ? `(c.search_emails LIKE f.email_pattern AND EXISTS (SELECT 1 FROM unnest(c.emails) e WHERE lower(e) = :email))`
    : 'FALSE';
  const matches = [name ? 'c.search_name % f.name' : null, email ? sameEmail : null].filter(Boolean);
  return withSearchSettings(dataSource, { similarity_threshold: CONTACT_THRESHOLD }, (run) =>
    run<SimilarContact>(
      `SELECT c.id AS "contactId", s.same_email AS "sameEmail",
         CAST(CASE WHEN s.same_email THEN 1 ELSE 0 END + coalesce(similarity(c.search_name, f.name), 0) AS float8)
           AS score
       FROM contacts c,
         (SELECT search_fold(:name) AS name, search_fold(:emailPattern) AS email_pattern) f,
         LATERAL (SELECT ${sameEmail} AS same_email) s
       WHERE c.deleted_at IS NULL AND (${matches.join(' OR ')})
       ORDER BY s.same_email DESC, score DESC, c.last_name, c.first_name, c.id
       LIMIT :first`,
      { name, email, emailPattern: email && containsPattern(email), first },
    ),
  );
}
