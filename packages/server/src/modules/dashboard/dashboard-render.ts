import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import type { Report } from '../report/report.types';
import { chartSvg, DRAWN_CHARTS, FONT, type DrawnChart } from './dashboard-chart';
import type { DashboardExport, ExportWidget } from './dashboard-export';
import { GRID_COLUMNS } from './dashboard.inputs';

/** The page: 12 columns over 1,200 px, one grid row 80 px high, as the dashboard page lays them. */
const PAGE_WIDTH = 1240;
const MARGIN = 20;
const GAP = 16;
const ROW_HEIGHT = 80;
const HEADER = 76;
const COLUMN = (PAGE_WIDTH - 2 * MARGIN - (GRID_COLUMNS - 1) * GAP) / GRID_COLUMNS;
const LINE = 18;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const text = (x: number, y: number, content: string, attributes = '') =>
  `<text x="${x}" y="${y}" font-family="${FONT}" ${attributes}>${escape(content)}</text>`;

/** A line cut to about `width` pixels of 13 px text. */
function fit(content: string, width: number, size = 13): string {
  const max = Math.max(1, Math.floor(width / (size * 0.6)));
  return content.length > max ? `${content.slice(0, max - 1)}…` : content;
}

const formatNumber = (value: number | null) =>
  value == null ? '–' : value.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** The figure of a report with no grouping, and the previous period's beside it. */
function numberBody(report: Report, x: number, y: number, width: number): string {
  const row = report.rows[0];
  const value = row?.values[0] ?? null;
  const parts = [
    text(
      x,
      y + 44,
      formatNumber(value),
      `font-size="40" font-weight="bold" fill="#212529" class="figure" data-value="${value ?? ''}"`,
    ),
  ];
  const previous = row?.previous?.[0];
  if (previous != null) {
    const change = previous ? Math.round(((Number(value ?? 0) - previous) / previous) * 100) : null;
    const words =
      change == null
        ? `from ${formatNumber(previous)}`
        : `${change >= 0 ? '+' : ''}${change} % from ${formatNumber(previous)}`;
    parts.push(text(x, y + 70, fit(`${words} in the previous period`, width), 'font-size="13" fill="#495057"'));
  }
  return parts.join('');
}

/** A report's rows as a table, as many as the widget holds, and how many it left out. */
function tableBody(report: Report, x: number, y: number, width: number, height: number): string {
  const header = [...report.dimensions.map((d) => d.label), ...report.measures.map((m) => m.label)];
  const columns = header.length || 1;
  const cellWidth = width / columns;
  const room = Math.max(0, Math.floor((height - LINE) / LINE) - 1);
  const shown = report.rows.slice(0, report.rows.length > room ? Math.max(0, room - 1) : room);
  const cells = (values: string[], top: number, attributes: string) =>
    values.map((value, i) => text(x + i * cellWidth, top, fit(value, cellWidth - 6, 12), attributes)).join('');
  const parts = [cells(header, y + 14, 'font-size="12" font-weight="bold" fill="#212529"')];
  shown.forEach((row, i) => {
    const values = [...row.labels.map((l) => l ?? '(none)'), ...row.values.map(formatNumber)];
    parts.push(cells(values, y + 14 + (i + 1) * LINE, 'font-size="12" fill="#343a40"'));
  });
  const left = report.rows.length - shown.length + (report.truncated ? 1 : 0);
  if (left > 0) {
    const more = report.truncated ? 'more rows' : `${left} more row${left === 1 ? '' : 's'}`;
    parts.push(
      text(
        x,
        y + 14 + (shown.length + 1) * LINE,
        `… ${more} (the CSV export has them all)`,
        'font-size="12" fill="#868e96"',
      ),
    );
  }
  return parts.join('');
}

/** Markdown as plain lines: marks dropped, links as their text, wrapped to the widget. */
function markdownBody(markdown: string, x: number, y: number, width: number, height: number): string {
  const perLine = Math.max(8, Math.floor(width / 7.5));
  const lines: string[] = [];
  for (const raw of markdown.split(/\r?\n/)) {
    const plain = raw
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/, (mark) => (/[-*+]/.test(mark) ? '• ' : ''))
      .replace(/[*_`~]/g, '');
    let rest = plain;
    do {
      const cut =
        rest.length <= perLine
          ? rest.length
          : rest.lastIndexOf(' ', perLine) > 0
            ? rest.lastIndexOf(' ', perLine)
            : perLine;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut).trimStart();
    } while (rest);
  }
  const room = Math.max(1, Math.floor(height / LINE));
  return lines
    .slice(0, room)
    .map((line, i) => text(x, y + 14 + i * LINE, line, 'font-size="13" fill="#212529"'))
    .join('');
}

/** A chart's SVG document placed as a nested SVG at (x, y). */
function placedChart(report: Report, chart: DrawnChart, x: number, y: number, width: number, height: number): string {
  const svg = chartSvg(report, chart, Math.round(width), Math.round(height));
  return svg.replace(/^<svg /, `<svg x="${x}" y="${y}" `);
}

function widgetSvg(widget: ExportWidget, index: number): string {
  const x = Math.round(MARGIN + widget.x * (COLUMN + GAP));
  const y = HEADER + widget.y * ROW_HEIGHT;
  const width = Math.round(widget.w * COLUMN + (widget.w - 1) * GAP);
  const height = widget.h * ROW_HEIGHT - GAP;
  const inner = { x: x + 12, y: y + 44, width: width - 24, height: height - 52 };
  const { content } = widget;
  const parts = [
    `<g class="widget" data-index="${index}">`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="#ffffff" stroke="#dee2e6"/>`,
    text(x + 12, y + 22, fit(widget.title, width - 24, 15), 'font-size="15" font-weight="bold" fill="#212529"'),
  ];
  if (content.kind === 'report') {
    parts.push(text(x + 12, y + 38, fit(content.note, width - 24, 12), 'font-size="12" fill="#868e96"'));
    const { report, chart } = content;
    if (chart === 'number' || !report.dimensions.length) parts.push(numberBody(report, inner.x, inner.y, inner.width));
    else if (!report.rows.length)
      parts.push(text(inner.x, inner.y + 20, 'Nothing to count.', 'font-size="13" fill="#868e96"'));
    else if ((DRAWN_CHARTS as readonly string[]).includes(chart))
      parts.push(placedChart(report, chart as DrawnChart, inner.x, inner.y, inner.width, inner.height));
    else parts.push(tableBody(report, inner.x, inner.y, inner.width, inner.height));
  } else if (content.kind === 'markdown') {
    parts.push(markdownBody(content.text, inner.x, y + 30, inner.width, height - 38));
  } else {
    parts.push(text(inner.x, inner.y + 20, fit(content.text, inner.width), 'font-size="13" fill="#868e96"'));
  }
  parts.push('</g>');
  return parts.join('');
}

/** The whole dashboard as one SVG document: a header, then the widgets where the grid puts them. */
export function dashboardSvg(dashboard: DashboardExport, now = new Date()): string {
  const bottom = Math.max(1, ...dashboard.widgets.map((w) => w.y + w.h));
  const height = HEADER + bottom * ROW_HEIGHT + MARGIN;
  const printed = `${dashboard.filters} · printed ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${PAGE_WIDTH}" height="${height}" viewBox="0 0 ${PAGE_WIDTH} ${height}">`,
    `<rect width="${PAGE_WIDTH}" height="${height}" fill="#f8f9fa"/>`,
    text(
      MARGIN,
      36,
      fit(dashboard.name, PAGE_WIDTH - 2 * MARGIN, 24),
      'font-size="24" font-weight="bold" fill="#212529"',
    ),
    text(MARGIN, 58, fit(printed, PAGE_WIDTH - 2 * MARGIN), 'font-size="13" fill="#495057"'),
    ...(dashboard.widgets.length
      ? dashboard.widgets.map(widgetSvg)
      : [text(MARGIN, HEADER + 24, 'This dashboard has no widgets yet.', 'font-size="14" fill="#868e96"')]),
    '</svg>',
  ].join('\n');
}

/** The SVG rasterised, `zoom` times its size. */
export function dashboardPng(svg: string, zoom = 1): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** One PDF page the size of the dashboard, holding it as an image drawn at twice its size. */
export function dashboardPdf(svg: string, title: string): Promise<Buffer> {
  const png = dashboardPng(svg, 2);
  const width = png.readUInt32BE(16) / 2;
  const height = png.readUInt32BE(20) / 2;
  // CSS pixels to PDF points.
  const size: [number, number] = [width * 0.75, height * 0.75];
  const doc = new PDFDocument({ size, margin: 0, info: { Title: title, Producer: 'Liaison' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.image(png, 0, 0, { width: size[0], height: size[1] });
  doc.end();
  return done;
}
