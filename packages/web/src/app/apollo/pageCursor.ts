/**
 * The `after` cursor of a numbered page, so that a list can jump to page 7 straight from the URL.
 * The server's cursors are positions in the ordered list (`p:<index>`, base64url; see
 * packages/server/src/core/graphql/pagination.ts): page n starts after item (n - 1) × size - 1.
 */
export function pageCursor(page: number, pageSize: number): string | undefined {
  if (page <= 1) return undefined;
  const position = (page - 1) * pageSize - 1;
  return btoa(`p:${position}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
