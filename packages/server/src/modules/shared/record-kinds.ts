import type { RecordEntity } from '../../core/db/record.entity';
import { ACTIVITY } from '../activity/activity.service';
import { CONTACT } from '../contact/contact.service';
import { DOCUMENT } from '../document/document.service';
import { NEED } from '../need/need.service';
import { ORGANIZATION } from '../organization/organization.service';
import { MILESTONE, PROJECT_TASK } from '../project/project-work.service';
import { PROJECT } from '../project/project.service';
import { TAG } from '../tag/tag.service';
import { TEAM } from '../team/team.service';
import type { RecordKind } from './record-kind';

/** Every kind of record the history knows how to change, by its record type in `changes`. */
const KINDS: RecordKind<RecordEntity>[] = [
  ORGANIZATION,
  CONTACT,
  PROJECT,
  ACTIVITY,
  DOCUMENT,
  NEED,
  PROJECT_TASK,
  MILESTONE,
  TAG,
  TEAM,
] as unknown as RecordKind<RecordEntity>[];

const BY_TYPE = new Map(KINDS.map((kind) => [kind.type, kind]));

/** The kind of record named `type` in the history (`Organization`), or undefined. */
export function recordKindOf(type: string): RecordKind<RecordEntity> | undefined {
  return BY_TYPE.get(type);
}
