/** A stage as the board shows it: a column. */
export interface BoardStage {
  id: string;
  name: string;
  /** Days a record may stay in the stage before it is said to be rotting; none when null. */
  rottingDays: number | null;
}

/** An opportunity as the board shows it: a card. */
export interface BoardCard {
  id: string;
  version: number;
  title: string;
  stageId: string;
  organizationName: string | null;
  ownerName: string | null;
  expectedValue: number | null;
  /** When it entered its current stage (ISO). */
  stageEnteredAt: string;
}

/** How the board names its records: "engagement" in the outreach pipeline, "opportunity" elsewhere. */
export interface BoardWording {
  singular: string;
  plural: string;
}

/** How expected values read: "12 people", "€40,000". */
export type ValueFormat = (value: number) => string;
