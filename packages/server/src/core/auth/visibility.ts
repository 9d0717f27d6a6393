/** Who may see a document or an activity: everybody, the owner's team, or the owner alone. */
export const VISIBILITIES = ['everyone', 'team', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
