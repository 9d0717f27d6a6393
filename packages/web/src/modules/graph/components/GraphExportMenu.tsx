import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import type Sigma from 'sigma';
import { downloadBlob, downloadCsv } from '../../../ui/csv/downloadCsv';
import { toGexf, type GexfNodeLook } from '../lib/gexf';
import { edgeCsvColumns, NODE_CSV_COLUMNS } from '../lib/graphCsv';
import { communityColor, type EdgeAttributes, type NodeAttributes, type ViewGraph } from '../lib/graphModel';
import type { GraphViewData } from '../lib/graphTypes';

interface GraphExportMenuProps {
  view: GraphViewData;
  graph: ViewGraph | null;
  sigma: () => Sigma<NodeAttributes, EdgeAttributes> | null;
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** Exports what is shown: a 4K picture, a GEXF file for Gephi, CSV files of the records and links. */
export function GraphExportMenu({ view, graph, sigma }: GraphExportMenuProps) {
  const communityOf = (id: string) => (graph?.hasNode(id) ? graph.getNodeAttribute(id, 'community') : -1);
  const nodes = view.nodes.map((node) => ({
    ...node,
    degree: graph?.hasNode(node.id) ? graph.degree(node.id) : node.degree,
    community: communityOf(node.id),
  }));
  const labels = new Map(view.nodes.map((node) => [node.id, node.label]));

  const png = async () => {
    const renderer = sigma();
    if (!renderer) return;
    try {
      // The picture maker loads on first use only.
      const { graphToPng } = await import('../lib/exportImage');
      downloadBlob(`liaison-graph-${stamp()}.png`, await graphToPng(renderer));
    } catch (error) {
      notifications.show({ color: 'red', title: 'The picture could not be made', message: String(error) });
    }
  };
  const gexf = () => {
    const looks = new Map<string, GexfNodeLook>();
    graph?.forEachNode((id, attributes) =>
      looks.set(id, {
        x: attributes.x,
        y: attributes.y,
        size: attributes.size,
        color: communityColor(attributes.community),
        community: attributes.community,
      }),
    );
    const blob = new Blob([toGexf(nodes, view.edges, looks)], { type: 'application/xml' });
    downloadBlob(`liaison-graph-${stamp()}.gexf`, blob);
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={18} aria-hidden />}
          disabled={view.nodes.length === 0}
        >
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void png()}>Picture (PNG, 4K)</Menu.Item>
        <Menu.Item onClick={gexf}>Gephi (GEXF)</Menu.Item>
        <Menu.Item onClick={() => downloadCsv(`liaison-graph-nodes-${stamp()}`, NODE_CSV_COLUMNS, nodes)}>
          Records (CSV)
        </Menu.Item>
        <Menu.Item
          onClick={() =>
            downloadCsv(
              `liaison-graph-edges-${stamp()}`,
              edgeCsvColumns((id) => labels.get(id)),
              view.edges,
            )
          }
        >
          Links (CSV)
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
