/** Whether a token still works: revoked and expired ones are kept in the list, marked. */
export type ApiTokenStatus = 'active' | 'expired' | 'revoked';

export function apiTokenStatus(
  token: { revokedAt?: string | null; expiresAt?: string | null },
  now = Date.now(),
): ApiTokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

/** The expiries offered, in days; null is never. */
export const EXPIRY_CHOICES: { value: string; label: string; days: number | null }[] = [
  { value: '7', label: 'In 7 days', days: 7 },
  { value: '30', label: 'In 30 days', days: 30 },
  { value: '90', label: 'In 90 days', days: 90 },
  { value: '365', label: 'In a year', days: 365 },
  { value: 'never', label: 'Never (not recommended)', days: null },
];

/** The moment a token made now with this choice stops working, as ISO; null for never. */
export function expiryOf(choice: string, now = new Date()): string | null {
  const days = EXPIRY_CHOICES.find((option) => option.value === choice)?.days ?? null;
  if (days === null) return null;
  return new Date(now.getTime() + days * 24 * 60 * 60 * 1000).toISOString();
}
