import { isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { buildAppSchema } from '../../schema';
import { ActivityLink } from '../activity/activity-link.entity';
import { LINK_TABLE_TARGETS } from '../audit/link-kinds';
import { DocumentLink } from '../document/document-link.entity';
import { entities } from '../entities';
import { kindName, linkField, pluralField } from '../shared/record-kind';
import { RECORD_KINDS, kindsWith, linkableFrom } from './record-registry';

const tableOf = (entity: unknown) => getMetadataArgsStorage().tables.find((table) => table.target === entity)?.name;

/** The entities whose rows are soft-deleted (they have `deletedAt`), own or inherited. */
function softDeletedEntities() {
  const storage = getMetadataArgsStorage();
  return entities.filter((entity) =>
    storage.columns.some(
      (column) =>
        column.mode === 'deleteDate' &&
        typeof column.target === 'function' &&
        (column.target === entity || entity.prototype instanceof column.target),
    ),
  );
}

describe('the record-kind registry', () => {
  it('lists every entity that has deletedAt, so that trash, history and revert know it', () => {
    const registered = new Set<unknown>(RECORD_KINDS.map((kind) => kind.entity));
    const missing = softDeletedEntities()
      .filter((entity) => !registered.has(entity))
      .map((entity) => entity.name);
    expect(missing).toEqual([]);
    expect(softDeletedEntities().length).toBeGreaterThanOrEqual(RECORD_KINDS.length);
  });

  it("names each kind's own table and a unique record type", () => {
    for (const kind of RECORD_KINDS) expect([kind.type, tableOf(kind.entity)]).toEqual([kind.type, kind.table]);
    expect(new Set(RECORD_KINDS.map((kind) => kind.type)).size).toBe(RECORD_KINDS.length);
  });

  it('gives a link column to every kind that carries tags or has a timeline', () => {
    const without = [...kindsWith('taggable'), ...kindsWith('timeline')].filter((kind) => !kind.linkColumn);
    expect(without.map((kind) => kind.type)).toEqual([]);
  });

  describe('linkable from activities and documents', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await buildAppSchema();
    });

    /** The target columns of a link entity: its `…Id` columns but its own end and its authors. */
    const targetColumns = (entity: unknown, own: string) =>
      getMetadataArgsStorage()
        .columns.filter((column) => column.target === entity && column.propertyName.endsWith('Id'))
        .map((column) => column.propertyName)
        .filter((name) => name !== own)
        .sort();
    /** The fields of an input type that end in `suffix`. */
    const inputFields = (name: string, suffix: string) => {
      const type = schema.getType(name);
      if (!isInputObjectType(type)) throw new Error(`${name} is not an input of the schema`);
      return Object.keys(type.getFields())
        .filter((field) => field.endsWith(suffix))
        .sort();
    };
    const cases = [
      {
        from: 'activities' as const,
        entity: ActivityLink,
        own: 'activityId',
        one: ['LinkActivityInput', 'ConcerningFilter'],
        many: ['ActivityConcernsInput'],
      },
      {
        from: 'documents' as const,
        entity: DocumentLink,
        own: 'documentId',
        one: ['AttachDocumentInput', 'AttachedToFilter'],
        many: ['DocumentTargetsInput'],
      },
    ];

    it.each(cases)('gives each kind linkable from $from a link column', ({ from }) => {
      expect(linkableFrom(from).length).toBeGreaterThan(0);
      expect(linkableFrom(from).filter((kind) => !kind.linkColumn)).toEqual([]);
    });

    it.each(cases)('has a column of the link entity for each kind linkable from $from, and no other', (c) => {
      const fields = linkableFrom(c.from).map(linkField).sort();
      expect(targetColumns(c.entity, c.own)).toEqual(fields);
    });

    it.each(cases)('has a field in the inputs that link $from for each linkable kind, and no other', (c) => {
      const fields = linkableFrom(c.from).map(linkField).sort();
      for (const input of c.one)
        expect([input, inputFields(input, 'Id').filter((f) => f !== c.own)]).toEqual([input, fields]);
      const plural = fields.map((field) => `${field}s`).sort();
      for (const input of c.many) expect([input, inputFields(input, 'Ids')]).toEqual([input, plural]);
    });
  });

  describe('lists each linkable kind in the outputs of links', () => {
    let schema: GraphQLSchema;
    beforeAll(async () => {
      schema = await buildAppSchema();
    });
    const fieldsOf = (name: string) => {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type of the schema`);
      return type.getFields();
    };

    it.each([
      { from: 'activities' as const, list: 'ActivityConcerns', link: 'ActivityLink', own: ['activity'] },
      { from: 'documents' as const, list: 'DocumentAttachments', link: 'DocumentLink', own: ['document'] },
    ])('lists each kind linkable from $from in $list and $link, with its type', (c) => {
      const kinds = linkableFrom(c.from);
      const list = fieldsOf(c.list);
      expect(Object.keys(list).sort()).toEqual(kinds.map(pluralField).sort());
      for (const kind of kinds) expect(String(list[pluralField(kind)].type)).toBe(`[${kind.type}!]!`);
      const link = fieldsOf(c.link);
      for (const kind of kinds) {
        expect(String(link[kindName(kind)].type)).toBe(kind.type);
        expect(String(link[linkField(kind)].type)).toBe('ID');
      }
    });
  });

  describe('against the migrated database', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(() => db.drop());

    it('has the title, search columns and link columns the registry names', async () => {
      for (const kind of RECORD_KINDS) {
        const search = kind.search ? [kind.search.subtitle, 'r.search_name', 'r.search_vector'] : [];
        const visibility = kind.visibility ? ['r.visibility'] : [];
        const owner = kind.owned ? ['r.owner_id', 'r.team_id'] : [];
        const columns = [kind.title, ...search, ...visibility, ...owner, 'r.deleted_at'];
        await expect(db.dataSource.query(`SELECT ${columns.join(', ')} FROM ${kind.table} r LIMIT 0`)).resolves.toEqual(
          [],
        );
      }
      // Search reads the search table, which a trigger on each searchable table keeps (search-entries migration).
      const triggers: { table: string; kind: string }[] = await db.dataSource.query(
        `SELECT CAST(t.tgrelid AS regclass)::text AS table, split_part(encode(t.tgargs, 'escape'), '\\000', 1) AS kind
         FROM pg_trigger t WHERE t.tgfoid = CAST('search_entries_sync' AS regproc)`,
      );
      expect(triggers.sort((a, b) => a.table.localeCompare(b.table))).toEqual(
        kindsWith('search')
          .map((kind) => ({ table: kind.table, kind: kindName(kind) }))
          .sort((a, b) => a.table.localeCompare(b.table)),
      );
      const linkTables = {
        taggings: kindsWith('taggable'),
        activity_links: kindsWith('timeline'),
        document_links: kindsWith('timeline'),
      };
      for (const [table, kinds] of Object.entries(linkTables)) {
        const columns = kinds.map((kind) => kind.linkColumn).join(', ');
        await expect(db.dataSource.query(`SELECT ${columns} FROM ${table} LIMIT 0`)).resolves.toEqual([]);
      }
      const own = { taggings: 'tag_id', document_links: 'document_id', activity_links: 'activity_id' };
      for (const [table, kinds] of Object.entries(LINK_TABLE_TARGETS)) {
        const rows: { column_name: string }[] = await db.dataSource.query(
          `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name LIKE '%\\_id'`,
          [table],
        );
        const targets = rows
          .map((row) => row.column_name)
          .filter((column) => !['created_by_id', 'updated_by_id', own[table as keyof typeof own]].includes(column));
        expect(targets.sort()).toEqual(kinds.map((kind) => kind.linkColumn).sort());
      }
      for (const kind of kindsWith('timeline').filter((kind) => kind.timeline?.participations)) {
        const sql = `SELECT activity_id, ${kind.linkColumn} FROM ${kind.timeline!.participations} LIMIT 0`;
        await expect(db.dataSource.query(sql)).resolves.toEqual([]);
      }
    });
  });
});
