import type { MigrationInterface, QueryRunner } from 'typeorm';

const LISTS = ['organization', 'contact', 'project', 'activity', 'document', 'need'];
const quoted = (kinds: string[]) => kinds.map((kind) => `'${kind}'`).join(', ');

/** Views of the relationship graph can be saved too: the kind GRAPH joins the lists. */
export class GraphSavedViews1795449600048 implements MigrationInterface {
  name = 'GraphSavedViews1795449600048';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE saved_views DROP CONSTRAINT saved_views_kind_check;
      ALTER TABLE saved_views ADD CONSTRAINT saved_views_kind_check CHECK (kind IN (${quoted([...LISTS, 'graph'])}));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM saved_views WHERE kind = 'graph';
      ALTER TABLE saved_views DROP CONSTRAINT saved_views_kind_check;
      ALTER TABLE saved_views ADD CONSTRAINT saved_views_kind_check CHECK (kind IN (${quoted(LISTS)}));
    `);
  }
}
