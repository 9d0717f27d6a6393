import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The opportunity a lead became is a real reference, now that opportunities have their table. */
export class LeadOpportunity1795449600071 implements MigrationInterface {
  name = 'LeadOpportunity1795449600071';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE leads ADD CONSTRAINT leads_converted_opportunity_id_fkey
        FOREIGN KEY (converted_opportunity_id) REFERENCES opportunities (id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE leads DROP CONSTRAINT leads_converted_opportunity_id_fkey`);
  }
}
