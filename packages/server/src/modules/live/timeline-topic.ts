import type { DataSource } from 'typeorm';
import { kindsWith, linkableFrom } from '../registry/record-registry';
import type { Topic } from './change-stream';

const columnsOf = (from: 'activities' | 'documents') => linkableFrom(from).map((kind) => kind.linkColumn!);

/**
 * The activities and documents linked to a record, whatever its kind, as its timeline shows
 * them: `(id)` rows for the parameter `:recordId`.
 */
function linkedRecordsSql(): string {
  const branches = [
    `SELECT activity_id AS id FROM activity_links WHERE :recordId IN (${columnsOf('activities').join(', ')})`,
    `SELECT document_id AS id FROM document_links WHERE :recordId IN (${columnsOf('documents').join(', ')})`,
    ...kindsWith('timeline')
      .filter((kind) => kind.timeline?.participations)
      .map(
        (kind) => `SELECT activity_id AS id FROM ${kind.timeline!.participations} WHERE ${kind.linkColumn} = :recordId`,
      ),
  ];
  return branches.join(' UNION ');
}

/**
 * The changes of a record's timeline: its own, and those of the activities and documents linked
 * to it. Which are linked is read when the subscription starts and again after each link or
 * unlink the record hears of (a new activity is first told by its link, then by its own changes).
 */
export async function timelineTopic(dataSource: DataSource, recordId: string): Promise<Topic> {
  const sql = linkedRecordsSql();
  const load = async () => {
    const rows = await dataSource
      .createQueryBuilder()
      .select('l.id', 'id')
      .from(`(${sql})`, 'l')
      .setParameters({ recordId })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  };
  let linked = await load();
  return {
    wants: (change) => change.recordId === recordId || linked.has(change.recordId),
    heard: (changes) => {
      const relinked = changes.some(
        (change) => change.recordId === recordId && (change.action === 'link' || change.action === 'unlink'),
      );
      if (relinked)
        load().then(
          (ids) => (linked = ids),
          () => undefined,
        );
    },
    where: (query) => query.andWhere(`(c.record_id = :recordId OR c.record_id IN (${sql}))`, { recordId }),
  };
}
