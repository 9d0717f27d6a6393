import type { MilestoneStatus, TaskStatus } from '../../generated/graphql';
import { optionsOf } from '../project/projectLabels';

/** How each status of tasks and milestones is said; the Records keep them complete when the API adds one. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  CANCELLED: 'Cancelled',
};

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  PLANNED: 'Planned',
  REACHED: 'Reached',
  MISSED: 'Missed',
  CANCELLED: 'Cancelled',
};

export const TASK_STATUS_OPTIONS = optionsOf(TASK_STATUS_LABELS);
export const MILESTONE_STATUS_OPTIONS = optionsOf(MILESTONE_STATUS_LABELS);
