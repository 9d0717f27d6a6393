import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The entity graph of DESIGN.md. Hand-written: every constraint here is deliberate.
 *
 * Conventions:
 * - records carry id, created/updated at and by, version (optimistic locking) and deleted_at
 *   (soft delete); owned records carry owner_id and team_id;
 * - links between records (affiliations, project links, participants, taggings …) are rows of
 *   their own with their attributes; they are removed, not soft-deleted, and their removal is
 *   recorded in the change history;
 * - a link that may point at one of several kinds of record has one nullable foreign key per
 *   kind and a CHECK that exactly one is set, so every reference is still a real foreign key;
 * - foreign keys to users are ON DELETE SET NULL (history outlives accounts), links are
 *   ON DELETE CASCADE with either end, and a parent organization is ON DELETE SET NULL.
 */

const recordColumns = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  deleted_at timestamptz`;

const ownedColumns = `
  owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
  team_id uuid REFERENCES teams (id) ON DELETE SET NULL`;

const linkColumns = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version > 0)`;

const oneOf = (...values: string[]) => `IN (${values.map((v) => `'${v}'`).join(', ')})`;
const notBlank = (column: string) => `CHECK (btrim(${column}) <> '')`;
const countryCode = (column: string) => `CHECK (${column} ~ '^[A-Z]{2}$')`;
const visibility = `visibility text NOT NULL DEFAULT 'everyone' CHECK (visibility ${oneOf('everyone', 'team', 'private')})`;

const ORGANIZATION_KINDS = [
  'research_institute',
  'university',
  'company',
  'non_profit',
  'government_body',
  'research_infrastructure',
  'consortium',
  'other',
];

/** Index statements for the columns of records every table has. */
function recordIndexes(table: string): string {
  return `
    CREATE INDEX ${table}_created_by_id_idx ON ${table} (created_by_id);
    CREATE INDEX ${table}_updated_by_id_idx ON ${table} (updated_by_id);
    CREATE INDEX ${table}_created_at_idx ON ${table} (created_at);
    CREATE INDEX ${table}_updated_at_idx ON ${table} (updated_at);`;
}

function ownedIndexes(table: string): string {
  return `
    CREATE INDEX ${table}_owner_id_idx ON ${table} (owner_id);
    CREATE INDEX ${table}_team_id_idx ON ${table} (team_id);
    CREATE INDEX ${table}_deleted_at_idx ON ${table} (deleted_at) WHERE deleted_at IS NOT NULL;`;
}

export class InitialSchema1795449600000 implements MigrationInterface {
  name = 'InitialSchema1795449600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        deleted_at timestamptz,
        issuer text NOT NULL ${notBlank('issuer')},
        subject text NOT NULL ${notBlank('subject')},
        email text CHECK (email ~ '^[^@\\s]+@[^@\\s]+$'),
        name text NOT NULL ${notBlank('name')},
        role text NOT NULL DEFAULT 'viewer' CHECK (role ${oneOf('admin', 'editor', 'viewer')}),
        expertise text[] NOT NULL DEFAULT '{}',
        last_sign_in_at timestamptz,
        CONSTRAINT users_issuer_subject_key UNIQUE (issuer, subject)
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE deleted_at IS NULL;
      CREATE INDEX users_name_idx ON users (lower(name));
      CREATE INDEX users_expertise_idx ON users USING gin (expertise);
      ${recordIndexes('users')}

      CREATE TABLE teams (
        ${recordColumns},
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]*$'),
        name text NOT NULL ${notBlank('name')},
        description text,
        countries text[] NOT NULL DEFAULT '{}'
          CHECK (array_to_string(countries, ',') ~ '^([A-Z]{2}(,|$))*$')
      );
      CREATE UNIQUE INDEX teams_code_key ON teams (lower(code));
      CREATE INDEX teams_name_idx ON teams (lower(name));
      ${recordIndexes('teams')}

      CREATE TABLE team_memberships (
        ${linkColumns},
        team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'member' CHECK (role ${oneOf('member', 'lead')}),
        CONSTRAINT team_memberships_team_user_key UNIQUE (team_id, user_id)
      );
      CREATE INDEX team_memberships_user_id_idx ON team_memberships (user_id);
      ${recordIndexes('team_memberships')}

      CREATE TABLE organizations (
        ${recordColumns},
        ${ownedColumns},
        name text NOT NULL ${notBlank('name')},
        acronym text,
        kind text NOT NULL CHECK (kind ${oneOf(...ORGANIZATION_KINDS)}),
        country char(2) ${countryCode('country')},
        city text,
        website text CHECK (website ~ '^https?://'),
        description text,
        parent_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        CONSTRAINT organizations_not_own_parent CHECK (parent_id <> id)
      );
      CREATE INDEX organizations_name_idx ON organizations (lower(name));
      CREATE INDEX organizations_parent_id_idx ON organizations (parent_id);
      CREATE INDEX organizations_kind_idx ON organizations (kind);
      CREATE INDEX organizations_country_idx ON organizations (country);
      ${recordIndexes('organizations')}
      ${ownedIndexes('organizations')}

      CREATE TABLE contacts (
        ${recordColumns},
        ${ownedColumns},
        first_name text,
        last_name text NOT NULL ${notBlank('last_name')},
        title text,
        emails text[] NOT NULL DEFAULT '{}',
        phones text[] NOT NULL DEFAULT '{}',
        country char(2) ${countryCode('country')},
        expertise text[] NOT NULL DEFAULT '{}',
        notes text,
        consent_basis text CHECK (consent_basis ${oneOf(
          'consent',
          'contract',
          'legal_obligation',
          'vital_interests',
          'public_task',
          'legitimate_interests',
        )}),
        consent_date date,
        consent_source text,
        CONSTRAINT contacts_consent_dated CHECK (consent_basis IS NULL OR consent_date IS NOT NULL)
      );
      CREATE INDEX contacts_name_idx ON contacts (lower(last_name), lower(first_name));
      CREATE INDEX contacts_emails_idx ON contacts USING gin (emails);
      CREATE INDEX contacts_expertise_idx ON contacts USING gin (expertise);
      CREATE INDEX contacts_country_idx ON contacts (country);
      ${recordIndexes('contacts')}
      ${ownedIndexes('contacts')}

      CREATE TABLE affiliations (
        ${linkColumns},
        contact_id uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT '',
        is_primary boolean NOT NULL DEFAULT false,
        since date,
        until date,
        CONSTRAINT affiliations_dates_ordered CHECK (since IS NULL OR until IS NULL OR since <= until),
        CONSTRAINT affiliations_contact_organization_role_key UNIQUE (contact_id, organization_id, role)
      );
      CREATE UNIQUE INDEX affiliations_one_primary_key ON affiliations (contact_id) WHERE is_primary;
      CREATE INDEX affiliations_organization_id_idx ON affiliations (organization_id);
      ${recordIndexes('affiliations')}

      CREATE TABLE projects (
        ${recordColumns},
        ${ownedColumns},
        name text NOT NULL ${notBlank('name')},
        acronym text,
        kind text NOT NULL CHECK (kind ${oneOf('esfri', 'national', 'international', 'collaboration', 'initiative', 'other')}),
        status text NOT NULL DEFAULT 'active' CHECK (status ${oneOf('planned', 'active', 'completed', 'suspended', 'cancelled')}),
        start_date date,
        end_date date,
        scientific_domain text,
        website text CHECK (website ~ '^https?://'),
        description text,
        CONSTRAINT projects_dates_ordered CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
      );
      CREATE INDEX projects_name_idx ON projects (lower(name));
      CREATE INDEX projects_status_idx ON projects (status);
      CREATE INDEX projects_start_date_idx ON projects (start_date);
      CREATE INDEX projects_end_date_idx ON projects (end_date);
      ${recordIndexes('projects')}
      ${ownedIndexes('projects')}
    `);

    const projectRole = `role text NOT NULL CHECK (role ${oneOf(
      'coordinator',
      'partner',
      'spokesperson',
      'principal_investigator',
      'contact_point',
      'member',
      'funder',
      'host',
      'other',
    )})`;
    for (const [table, column, target] of [
      ['project_contacts', 'contact_id', 'contacts'],
      ['project_organizations', 'organization_id', 'organizations'],
    ]) {
      await q.query(`
        CREATE TABLE ${table} (
          ${linkColumns},
          project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
          ${column} uuid NOT NULL REFERENCES ${target} (id) ON DELETE CASCADE,
          ${projectRole},
          since date,
          until date,
          note text,
          CONSTRAINT ${table}_dates_ordered CHECK (since IS NULL OR until IS NULL OR since <= until),
          CONSTRAINT ${table}_project_${column.replace('_id', '')}_role_key UNIQUE (project_id, ${column}, role)
        );
        CREATE INDEX ${table}_${column}_idx ON ${table} (${column});
        ${recordIndexes(table)}
      `);
    }

    await q.query(`
      CREATE TABLE project_tasks (
        ${recordColumns},
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        title text NOT NULL ${notBlank('title')},
        description text,
        due_date date,
        status text NOT NULL DEFAULT 'open' CHECK (status ${oneOf('open', 'in_progress', 'done', 'cancelled')}),
        assignee_id uuid REFERENCES users (id) ON DELETE SET NULL
      );
      CREATE INDEX project_tasks_project_id_idx ON project_tasks (project_id, due_date);
      CREATE INDEX project_tasks_assignee_id_idx ON project_tasks (assignee_id);
      CREATE INDEX project_tasks_due_date_idx ON project_tasks (due_date);
      ${recordIndexes('project_tasks')}

      CREATE TABLE milestones (
        ${recordColumns},
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        title text NOT NULL ${notBlank('title')},
        description text,
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'planned' CHECK (status ${oneOf('planned', 'reached', 'missed', 'cancelled')}),
        reached_on date
      );
      CREATE INDEX milestones_project_id_idx ON milestones (project_id, due_date);
      CREATE INDEX milestones_due_date_idx ON milestones (due_date);
      ${recordIndexes('milestones')}

      CREATE TABLE activities (
        ${recordColumns},
        ${ownedColumns},
        kind text NOT NULL CHECK (kind ${oneOf('call', 'meeting', 'event', 'todo', 'email', 'note')}),
        subject text NOT NULL ${notBlank('subject')},
        description text,
        outcome text,
        status text NOT NULL DEFAULT 'planned' CHECK (status ${oneOf('planned', 'done', 'cancelled')}),
        starts_at timestamptz,
        ends_at timestamptz,
        due_at timestamptz,
        location text,
        ${visibility},
        CONSTRAINT activities_times_ordered CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at <= ends_at)
      );
      CREATE INDEX activities_starts_at_idx ON activities (starts_at);
      CREATE INDEX activities_due_at_idx ON activities (due_at);
      CREATE INDEX activities_kind_status_idx ON activities (kind, status);
      ${recordIndexes('activities')}
      ${ownedIndexes('activities')}

      CREATE TABLE activity_contacts (
        ${linkColumns},
        activity_id uuid NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        CONSTRAINT activity_contacts_activity_contact_key UNIQUE (activity_id, contact_id)
      );
      CREATE INDEX activity_contacts_contact_id_idx ON activity_contacts (contact_id);
      ${recordIndexes('activity_contacts')}

      CREATE TABLE activity_users (
        ${linkColumns},
        activity_id uuid NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT activity_users_activity_user_key UNIQUE (activity_id, user_id)
      );
      CREATE INDEX activity_users_user_id_idx ON activity_users (user_id);
      ${recordIndexes('activity_users')}

      CREATE TABLE documents (
        ${recordColumns},
        ${ownedColumns},
        title text NOT NULL ${notBlank('title')},
        kind text NOT NULL DEFAULT 'other' CHECK (kind ${oneOf('minutes', 'discussion', 'agreement', 'presentation', 'other')}),
        body text NOT NULL DEFAULT '',
        ${visibility}
      );
      CREATE INDEX documents_title_idx ON documents (lower(title));
      ${recordIndexes('documents')}
      ${ownedIndexes('documents')}

      CREATE TABLE document_files (
        ${linkColumns},
        document_id uuid NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        file_name text NOT NULL ${notBlank('file_name')},
        content_type text NOT NULL,
        byte_size integer NOT NULL CHECK (byte_size >= 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL,
        CONSTRAINT document_files_document_key UNIQUE (document_id),
        CONSTRAINT document_files_size_matches CHECK (octet_length(content) = byte_size)
      );
      ${recordIndexes('document_files')}

      CREATE TABLE needs (
        ${recordColumns},
        ${ownedColumns},
        organization_id uuid REFERENCES organizations (id) ON DELETE CASCADE,
        project_id uuid REFERENCES projects (id) ON DELETE CASCADE,
        title text NOT NULL ${notBlank('title')},
        category text NOT NULL CHECK (category ${oneOf(
          'compute',
          'storage',
          'data_management',
          'identity_access',
          'training',
          'consultancy',
          'network',
          'other',
        )}),
        description text NOT NULL DEFAULT '',
        priority text NOT NULL DEFAULT 'medium' CHECK (priority ${oneOf('low', 'medium', 'high', 'critical')}),
        status text NOT NULL DEFAULT 'identified' CHECK (status ${oneOf('identified', 'being_addressed', 'fulfilled', 'not_pursued')}),
        source text,
        CONSTRAINT needs_of_one_holder CHECK (num_nonnulls(organization_id, project_id) = 1)
      );
      CREATE INDEX needs_organization_id_idx ON needs (organization_id);
      CREATE INDEX needs_project_id_idx ON needs (project_id);
      CREATE INDEX needs_category_status_idx ON needs (category, status);
      ${recordIndexes('needs')}
      ${ownedIndexes('needs')}

      CREATE TABLE tags (
        ${recordColumns},
        label text NOT NULL ${notBlank('label')},
        color text CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
        description text
      );
      CREATE UNIQUE INDEX tags_label_key ON tags (lower(label));
      ${recordIndexes('tags')}
    `);

    await this.createPolymorphicLink(q, 'activity_links', 'activity_id', 'activities', [
      ['organization_id', 'organizations'],
      ['contact_id', 'contacts'],
      ['project_id', 'projects'],
      ['need_id', 'needs'],
    ]);
    await this.createPolymorphicLink(q, 'document_links', 'document_id', 'documents', [
      ['organization_id', 'organizations'],
      ['contact_id', 'contacts'],
      ['project_id', 'projects'],
      ['activity_id', 'activities'],
      ['need_id', 'needs'],
    ]);
    await this.createPolymorphicLink(q, 'taggings', 'tag_id', 'tags', [
      ['organization_id', 'organizations'],
      ['contact_id', 'contacts'],
      ['project_id', 'projects'],
      ['activity_id', 'activities'],
      ['document_id', 'documents'],
      ['need_id', 'needs'],
    ]);

    await q.query(`
      CREATE TABLE changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        record_type text NOT NULL ${notBlank('record_type')},
        record_id uuid NOT NULL,
        action text NOT NULL CHECK (action ${oneOf('create', 'update', 'delete', 'restore', 'link', 'unlink', 'merge', 'revert', 'erase')}),
        diff jsonb NOT NULL DEFAULT '{}',
        request_id text,
        reverts_change_id uuid REFERENCES changes (id) ON DELETE SET NULL
      );
      CREATE INDEX changes_record_idx ON changes (record_id, at DESC);
      CREATE INDEX changes_actor_id_idx ON changes (actor_id, at DESC);
      CREATE INDEX changes_at_idx ON changes (at DESC);
      CREATE INDEX changes_reverts_change_id_idx ON changes (reverts_change_id);
    `);
  }

  /**
   * A link from one record (owner column) to exactly one record of several kinds, each a
   * real foreign key; each pair is unique.
   */
  private async createPolymorphicLink(
    q: QueryRunner,
    table: string,
    ownerColumn: string,
    ownerTable: string,
    targets: [column: string, table: string][],
  ): Promise<void> {
    const columns = targets
      .map(([column, target]) => `${column} uuid REFERENCES ${target} (id) ON DELETE CASCADE`)
      .join(',\n');
    const indexes = targets
      .map(
        ([column]) => `
        CREATE UNIQUE INDEX ${table}_${column.replace('_id', '')}_key ON ${table} (${ownerColumn}, ${column}) WHERE ${column} IS NOT NULL;
        CREATE INDEX ${table}_${column}_idx ON ${table} (${column}) WHERE ${column} IS NOT NULL;`,
      )
      .join('\n');
    await q.query(`
      CREATE TABLE ${table} (
        ${linkColumns},
        ${ownerColumn} uuid NOT NULL REFERENCES ${ownerTable} (id) ON DELETE CASCADE,
        ${columns},
        CONSTRAINT ${table}_one_target CHECK (num_nonnulls(${targets.map(([c]) => c).join(', ')}) = 1)
      );
      CREATE INDEX ${table}_${ownerColumn}_idx ON ${table} (${ownerColumn});
      ${indexes}
      ${recordIndexes(table)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE changes;
      DROP TABLE taggings;
      DROP TABLE document_links;
      DROP TABLE activity_links;
      DROP TABLE tags;
      DROP TABLE needs;
      DROP TABLE document_files;
      DROP TABLE documents;
      DROP TABLE activity_users;
      DROP TABLE activity_contacts;
      DROP TABLE activities;
      DROP TABLE milestones;
      DROP TABLE project_tasks;
      DROP TABLE project_organizations;
      DROP TABLE project_contacts;
      DROP TABLE projects;
      DROP TABLE affiliations;
      DROP TABLE contacts;
      DROP TABLE organizations;
      DROP TABLE team_memberships;
      DROP TABLE teams;
      DROP TABLE users;
    `);
  }
}
