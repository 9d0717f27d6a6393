import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../test/database';

/** The database itself refuses bad rows: these go around the application on purpose. */
describe('the schema', () => {
  let db: TestDatabase;
  let sql: (query: string, parameters?: unknown[]) => Promise<{ id: string }[]>;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = (query, parameters) => db.dataSource.query(query, parameters);
  });
  afterAll(() => db.drop());

  const organization = async (name = `Org ${randomUUID()}`) =>
    (await sql(`INSERT INTO organizations (name, kind) VALUES ($1, 'university') RETURNING id`, [name]))[0].id;
  const contact = async () => (await sql(`INSERT INTO contacts (last_name) VALUES ('Curie') RETURNING id`))[0].id;
  const project = async () =>
    (await sql(`INSERT INTO projects (name, kind) VALUES ('EOSC', 'international') RETURNING id`))[0].id;

  /** Expects the statement to fail with PostgreSQL's own SQLSTATE and constraint name. */
  async function expectRefused(query: Promise<unknown>, code: string, constraint?: string) {
    const error = await query.then(
      () => null,
      (e: { driverError?: { code?: string; constraint?: string } }) => e,
    );
    expect(error).not.toBeNull();
    expect(error?.driverError?.code).toBe(code);
    if (constraint) expect(error?.driverError?.constraint).toBe(constraint);
  }

  describe('enumerations (CHECK)', () => {
    it.each([
      [`INSERT INTO organizations (name, kind) VALUES ('X', 'spaceship')`, 'organizations_kind_check'],
      [`INSERT INTO projects (name, kind, status) VALUES ('X', 'esfri', 'dreaming')`, 'projects_status_check'],
      [
        `INSERT INTO activities (kind, subject, visibility) VALUES ('call', 'X', 'public')`,
        'activities_visibility_check',
      ],
      [`INSERT INTO documents (title, kind) VALUES ('X', 'poem')`, 'documents_kind_check'],
      [`INSERT INTO users (issuer, subject, name, role) VALUES ('i', 's', 'n', 'superuser')`, 'users_role_check'],
      [
        `INSERT INTO changes (record_type, record_id, action) VALUES ('contact', gen_random_uuid(), 'teleport')`,
        'changes_action_check',
      ],
    ])('should refuse %s', async (query, constraint) => {
      await expectRefused(sql(query), '23514', constraint);
    });

    it('should refuse a need of an unknown category or priority', async () => {
      const id = await organization();
      await expectRefused(
        sql(`INSERT INTO needs (organization_id, title, category) VALUES ($1, 'GPUs', 'gpus')`, [id]),
        '23514',
        'needs_category_check',
      );
      await expectRefused(
        sql(`INSERT INTO needs (organization_id, title, category, priority) VALUES ($1, 'GPUs', 'compute', 'urgent')`, [
          id,
        ]),
        '23514',
        'needs_priority_check',
      );
    });
  });

  describe('other checks', () => {
    it('should refuse blank names, lower-case countries and non-http websites', async () => {
      await expectRefused(
        sql(`INSERT INTO organizations (name, kind) VALUES ('  ', 'company')`),
        '23514',
        'organizations_name_check',
      );
      await expectRefused(
        sql(`INSERT INTO organizations (name, kind, country) VALUES ('X', 'company', 'fr')`),
        '23514',
        'organizations_country_check',
      );
      await expectRefused(
        sql(`INSERT INTO organizations (name, kind, website) VALUES ('X', 'company', 'javascript:alert(1)')`),
        '23514',
        'organizations_website_check',
      );
    });

    it('should refuse an organization that is its own parent', async () => {
      const id = await organization();
      await expectRefused(
        sql(`UPDATE organizations SET parent_id = id WHERE id = $1`, [id]),
        '23514',
        'organizations_not_own_parent',
      );
    });

    it('should refuse dates out of order', async () => {
      await expectRefused(
        sql(
          `INSERT INTO projects (name, kind, start_date, end_date) VALUES ('X', 'national', '2025-01-01', '2024-01-01')`,
        ),
        '23514',
        'projects_dates_ordered',
      );
      await expectRefused(
        sql(
          `INSERT INTO affiliations (contact_id, organization_id, since, until) VALUES ($1, $2, '2025-01-01', '2020-01-01')`,
          [await contact(), await organization()],
        ),
        '23514',
        'affiliations_dates_ordered',
      );
    });

    it('should refuse a consent basis without its date', async () => {
      await expectRefused(
        sql(`INSERT INTO contacts (last_name, consent_basis) VALUES ('X', 'consent')`),
        '23514',
        'contacts_consent_dated',
      );
      await expectRefused(
        sql(`INSERT INTO contacts (last_name, consent_basis, consent_date) VALUES ('X', 'whim', '2025-01-01')`),
        '23514',
        'contacts_consent_basis_check',
      );
    });

    it('should want a need to belong to exactly one organization or project', async () => {
      await expectRefused(
        sql(`INSERT INTO needs (title, category) VALUES ('Storage', 'storage')`),
        '23514',
        'needs_of_one_holder',
      );
      await expectRefused(
        sql(`INSERT INTO needs (organization_id, project_id, title, category) VALUES ($1, $2, 'Storage', 'storage')`, [
          await organization(),
          await project(),
        ]),
        '23514',
        'needs_of_one_holder',
      );
    });

    it('should want a tagging, activity link or document link to point at exactly one record', async () => {
      const tag = (await sql(`INSERT INTO tags (label) VALUES ('press') RETURNING id`))[0].id;
      await expectRefused(sql(`INSERT INTO taggings (tag_id) VALUES ($1)`, [tag]), '23514', 'taggings_one_target');
      await expectRefused(
        sql(`INSERT INTO taggings (tag_id, organization_id, contact_id) VALUES ($1, $2, $3)`, [
          tag,
          await organization(),
          await contact(),
        ]),
        '23514',
        'taggings_one_target',
      );
      const document = (await sql(`INSERT INTO documents (title) VALUES ('Minutes') RETURNING id`))[0].id;
      await expectRefused(
        sql(`INSERT INTO document_links (document_id) VALUES ($1)`, [document]),
        '23514',
        'document_links_one_target',
      );
    });
  });

  describe('foreign keys', () => {
    it('should refuse a dangling reference', async () => {
      await expectRefused(
        sql(`INSERT INTO affiliations (contact_id, organization_id) VALUES ($1, $2)`, [
          randomUUID(),
          await organization(),
        ]),
        '23503',
        'affiliations_contact_id_fkey',
      );
      await expectRefused(
        sql(`INSERT INTO organizations (name, kind, parent_id) VALUES ('X', 'company', $1)`, [randomUUID()]),
        '23503',
        'organizations_parent_id_fkey',
      );
    });

    it('should remove links with their record, detach children and keep records of a removed user', async () => {
      const parent = await organization();
      const child = (
        await sql(
          `INSERT INTO organizations (name, kind, parent_id) VALUES ('Child', 'research_institute', $1) RETURNING id`,
          [parent],
        )
      )[0].id;
      const person = await contact();
      await sql(`INSERT INTO affiliations (contact_id, organization_id, role) VALUES ($1, $2, 'Director')`, [
        person,
        parent,
      ]);
      const user = (
        await sql(`INSERT INTO users (issuer, subject, name) VALUES ('https://idp', $1, 'Ada') RETURNING id`, [
          randomUUID(),
        ])
      )[0].id;
      await sql(`UPDATE organizations SET owner_id = $1, created_by_id = $1 WHERE id = $2`, [user, child]);

      await sql(`DELETE FROM organizations WHERE id = $1`, [parent]);
      await sql(`DELETE FROM users WHERE id = $1`, [user]);

      expect(await sql(`SELECT id FROM affiliations WHERE contact_id = $1`, [person])).toEqual([]);
      const [row] = await db.dataSource.query(
        `SELECT parent_id, owner_id, created_by_id FROM organizations WHERE id = $1`,
        [child],
      );
      expect(row).toEqual({ parent_id: null, owner_id: null, created_by_id: null });
    });
  });

  describe('uniqueness', () => {
    it('should refuse a duplicate affiliation (same contact, organization and role)', async () => {
      const [person, org] = [await contact(), await organization()];
      await sql(`INSERT INTO affiliations (contact_id, organization_id, role) VALUES ($1, $2, 'PI')`, [person, org]);
      await expectRefused(
        sql(`INSERT INTO affiliations (contact_id, organization_id, role) VALUES ($1, $2, 'PI')`, [person, org]),
        '23505',
        'affiliations_contact_organization_role_key',
      );
      // Another role at the same organization is a different affiliation.
      await sql(`INSERT INTO affiliations (contact_id, organization_id, role) VALUES ($1, $2, 'Lecturer')`, [
        person,
        org,
      ]);
    });

    it('should allow one primary affiliation per contact', async () => {
      const person = await contact();
      await sql(`INSERT INTO affiliations (contact_id, organization_id, is_primary) VALUES ($1, $2, true)`, [
        person,
        await organization(),
      ]);
      await expectRefused(
        sql(`INSERT INTO affiliations (contact_id, organization_id, is_primary) VALUES ($1, $2, true)`, [
          person,
          await organization(),
        ]),
        '23505',
        'affiliations_one_primary_key',
      );
    });

    it('should refuse the same project role twice', async () => {
      const [p, o] = [await project(), await organization()];
      await sql(`INSERT INTO project_organizations (project_id, organization_id, role) VALUES ($1, $2, 'partner')`, [
        p,
        o,
      ]);
      await expectRefused(
        sql(`INSERT INTO project_organizations (project_id, organization_id, role) VALUES ($1, $2, 'partner')`, [p, o]),
        '23505',
        'project_organizations_project_organization_role_key',
      );
      await expectRefused(
        sql(`INSERT INTO project_organizations (project_id, organization_id, role) VALUES ($1, $2, 'sponsor')`, [p, o]),
        '23514',
        'project_organizations_role_check',
      );
    });

    it('should compare team codes and tag labels regardless of case', async () => {
      await sql(`INSERT INTO teams (code, name) VALUES ('NGI_IBERGRID', 'IBERGRID')`);
      await expectRefused(
        sql(`INSERT INTO teams (code, name) VALUES ('ngi_ibergrid', 'Copy')`),
        '23505',
        'teams_code_key',
      );
      await sql(`INSERT INTO tags (label) VALUES ('Sponsor')`);
      await expectRefused(sql(`INSERT INTO tags (label) VALUES ('sponsor')`), '23505', 'tags_label_key');
    });

    it('should refuse a second identity for the same issuer and subject', async () => {
      await sql(`INSERT INTO users (issuer, subject, name) VALUES ('https://aai.egi.eu', 'abc', 'A')`);
      await expectRefused(
        sql(`INSERT INTO users (issuer, subject, name) VALUES ('https://aai.egi.eu', 'abc', 'B')`),
        '23505',
        'users_issuer_subject_key',
      );
    });
  });

  it('should index every foreign key', async () => {
    const unindexed = await db.dataSource.query(`
      SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f'
        AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
      ORDER BY 1, 2`);
    expect(unindexed).toEqual([]);
    const [{ count }] = await db.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_constraint WHERE contype = 'f'`,
    );
    expect(count).toBeGreaterThan(60);
  });
});
