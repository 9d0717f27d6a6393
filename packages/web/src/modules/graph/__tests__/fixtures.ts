import type { GraphEdgeData, GraphNodeData } from '../lib/graphTypes';

export const node = (id: string, kind: GraphNodeData['kind'], label: string, extra: Partial<GraphNodeData> = {}) =>
  ({ id, kind, label, subtitle: null, country: null, degree: 1, ...extra }) satisfies GraphNodeData;

export const edge = (
  id: string,
  kind: GraphEdgeData['kind'],
  source: string,
  target: string,
  extra: Partial<GraphEdgeData> = {},
) => ({ id, kind, source, target, past: false, weight: 1, ...extra }) satisfies GraphEdgeData;

/** Ana (PI) — Project X — (partner) University Y — (main, since 2019) Bo */
export const ana = node('c-ana', 'CONTACT', 'Ana');
export const projectX = node('p-x', 'PROJECT', 'Project X');
export const universityY = node('o-y', 'ORGANIZATION', 'University Y & Co <Lab>', { country: 'ES', subtitle: 'UY' });
export const bo = node('c-bo', 'CONTACT', 'Bo');
export const anaPi = edge('PROJECT_LINK:1', 'PROJECT_LINK', 'p-x', 'c-ana', { role: 'PI' });
export const yPartner = edge('PROJECT_LINK:2', 'PROJECT_LINK', 'p-x', 'o-y', { role: 'partner', note: 'WP "3"' });
export const boMain = edge('AFFILIATION:3', 'AFFILIATION', 'c-bo', 'o-y', { main: true, since: '2019-04-01' });
