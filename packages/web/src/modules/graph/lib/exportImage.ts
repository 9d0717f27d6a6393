import { toBlob } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from './graphModel';

/** The width of an exported picture, in pixels: 4K. */
const PNG_WIDTH = 3840;

/**
 * The view as a 4K PNG: sigma draws the same graph, camera and colours again off screen at
 * 3840 px wide (the height keeps the view's proportions), with nodes, links and labels scaled up
 * so that the picture looks like the screen, only sharper.
 */
export async function graphToPng(sigma: Sigma<NodeAttributes, EdgeAttributes>): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const pixelRatio = window.devicePixelRatio || 1;
  const outputWidth = PNG_WIDTH / pixelRatio;
  const outputHeight = Math.max(1, Math.round((outputWidth * height) / Math.max(1, width)));
  const scale = outputWidth / Math.max(1, width);
  const settings = sigma.getSettings();
  const nodeReducer = settings.nodeReducer;
  const edgeReducer = settings.edgeReducer;
  return toBlob(sigma as unknown as Sigma, {
    format: 'png',
    width: outputWidth,
    height: outputHeight,
    backgroundColor: '#ffffff',
    sigmaSettings: {
      labelSize: settings.labelSize * scale,
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold * scale,
      nodeReducer: (node, attributes) => {
        const shown = nodeReducer ? nodeReducer(node, attributes as NodeAttributes) : attributes;
        return { ...shown, size: (shown.size ?? attributes.size) * scale };
      },
      edgeReducer: (edge, attributes) => {
        const shown = edgeReducer ? edgeReducer(edge, attributes as EdgeAttributes) : attributes;
        return { ...shown, size: (shown.size ?? attributes.size) * scale };
      },
    },
  });
}
