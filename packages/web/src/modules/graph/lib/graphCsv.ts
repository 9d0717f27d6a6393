import type { CsvColumn } from '../../../ui/csv/downloadCsv';
import type { GraphEdgeData, GraphNodeData } from './graphTypes';

export interface NodeRow extends GraphNodeData {
  community?: number;
}

export const NODE_CSV_COLUMNS: CsvColumn<NodeRow>[] = [
  { header: 'id', value: (node) => node.id },
  { header: 'label', value: (node) => node.label },
  { header: 'kind', value: (node) => node.kind },
  { header: 'subtitle', value: (node) => node.subtitle },
  { header: 'country', value: (node) => node.country },
  { header: 'degree', value: (node) => node.degree },
  { header: 'community', value: (node) => node.community },
];

/** The edge columns, with both ends' labels beside their ids so the file reads on its own. */
export function edgeCsvColumns(labelOf: (id: string) => string | undefined): CsvColumn<GraphEdgeData>[] {
  return [
    { header: 'id', value: (edge) => edge.id },
    { header: 'kind', value: (edge) => edge.kind },
    { header: 'source', value: (edge) => edge.source },
    { header: 'source label', value: (edge) => labelOf(edge.source) },
    { header: 'target', value: (edge) => edge.target },
    { header: 'target label', value: (edge) => labelOf(edge.target) },
    { header: 'role', value: (edge) => edge.role },
    { header: 'main', value: (edge) => edge.main },
    { header: 'since', value: (edge) => edge.since },
    { header: 'until', value: (edge) => edge.until },
    { header: 'past', value: (edge) => edge.past },
    { header: 'note', value: (edge) => edge.note },
    { header: 'shared activities', value: (edge) => edge.count },
    { header: 'last date', value: (edge) => edge.lastDate },
    { header: 'weight', value: (edge) => edge.weight },
  ];
}
