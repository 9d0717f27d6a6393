import type { EntityManager } from 'typeorm';
import { kindsWith } from '../registry/record-registry';
import type { Actor } from '../shared/audit-writer';
import type { Tag } from '../tag/tag.entity';
import { TAG } from '../tag/tag.service';
import type { MergeRecordsInput } from './merge.inputs';
import { emptyFieldsFilled, mergeRecords, type MergeKind } from './merge.service';

const TAG_MERGE: MergeKind<Tag> = {
  kind: TAG,
  noun: 'tag',
  // A record that carries both tags keeps one tagging: the survivor's.
  moves: [
    {
      table: 'taggings',
      column: 'tag_id',
      unique: kindsWith('taggable').map((kind) => kind.linkColumn!),
      nullsEqual: true,
    },
  ],
  fill: (_manager, survivor, duplicate) =>
    Promise.resolve(emptyFieldsFilled(survivor, duplicate, ['color', 'description'])),
};

/** Every tagging of the duplicate tag moves to the survivor, in one transaction; the duplicate goes to the trash. */
export function mergeTags(manager: EntityManager, input: MergeRecordsInput, actor: Actor) {
  return mergeRecords(manager, TAG_MERGE, input, actor);
}
