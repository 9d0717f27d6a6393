import { toCsv } from '../../../ui/csv/downloadCsv';
import { GEXF_NAMESPACE, toGexf } from '../lib/gexf';
import { edgeCsvColumns, NODE_CSV_COLUMNS } from '../lib/graphCsv';
import { ana, anaPi, bo, boMain, projectX, universityY, yPartner } from './fixtures';

const nodes = [ana, projectX, universityY, bo];
const edges = [anaPi, yPartner, boMain];

describe('toGexf', () => {
  const looks = new Map([['c-ana', { x: 1.5, y: -2, size: 6, color: '#4e79a7', community: 2 }]]);
  const xml = toGexf(nodes, edges, looks, '2026-12-04');
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const ns = (tag: string) => [...document.getElementsByTagNameNS(GEXF_NAMESPACE, tag)];

  it('is well-formed XML in the GEXF 1.3 namespace', () => {
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(document.documentElement.namespaceURI).toBe('http://gexf.net/1.3');
    expect(document.documentElement.localName).toBe('gexf');
    expect(document.documentElement.getAttribute('version')).toBe('1.3');
    expect(ns('graph')[0].getAttribute('defaultedgetype')).toBe('undirected');
  });

  it('has every node and edge with its attributes, escaped', () => {
    expect(ns('node').map((n) => n.getAttribute('id'))).toEqual(['c-ana', 'p-x', 'o-y', 'c-bo']);
    expect(ns('node')[2].getAttribute('label')).toBe('University Y & Co <Lab>');
    const country = ns('node')[2].querySelector('attvalue[for="country"]');
    expect(country?.getAttribute('value')).toBe('ES');
    expect(ns('edge')).toHaveLength(3);
    const partner = ns('edge')[1];
    expect([partner.getAttribute('source'), partner.getAttribute('target')]).toEqual(['p-x', 'o-y']);
    expect(partner.querySelector('attvalue[for="note"]')?.getAttribute('value')).toBe('WP "3"');
    expect(ns('edge')[2].querySelector('attvalue[for="main"]')?.getAttribute('value')).toBe('true');
    const declared = ns('attributes').map((a) => `${a.getAttribute('class')}:${a.children.length}`);
    expect(declared).toEqual(['node:5', 'edge:9']);
  });

  it('keeps the positions, sizes and colours the view drew', () => {
    const viz = 'http://gexf.net/1.3/viz';
    const first = ns('node')[0];
    expect(first.getElementsByTagNameNS(viz, 'position')[0].getAttribute('x')).toBe('1.500');
    expect(first.getElementsByTagNameNS(viz, 'color')[0].getAttribute('r')).toBe('78');
    expect(first.querySelector('attvalue[for="community"]')?.getAttribute('value')).toBe('2');
  });

  it('leaves out edges whose ends are not in the file, and characters XML forbids', () => {
    const broken = toGexf([{ ...ana, label: 'A\u0001na' }], edges);
    const parsed = new DOMParser().parseFromString(broken, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.getElementsByTagNameNS(GEXF_NAMESPACE, 'edge')).toHaveLength(0);
    expect(parsed.getElementsByTagNameNS(GEXF_NAMESPACE, 'node')[0].getAttribute('label')).toBe('Ana');
  });
});

describe('graph CSV', () => {
  it('writes one line per node with its kind, degree and community', () => {
    const [header, first] = toCsv(NODE_CSV_COLUMNS, [{ ...universityY, community: 3 }]).split(/\r?\n/);
    expect(header).toBe('id,label,kind,subtitle,country,degree,community');
    expect(first).toBe('o-y,University Y & Co <Lab>,ORGANIZATION,UY,ES,1,3');
  });

  it('writes one line per edge with both ends named', () => {
    const labels = new Map(nodes.map((node) => [node.id, node.label]));
    const lines = toCsv(
      edgeCsvColumns((id) => labels.get(id)),
      edges,
    ).split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines[0].split(',').slice(0, 7)).toEqual([
      'id',
      'kind',
      'source',
      'source label',
      'target',
      'target label',
      'role',
    ]);
    expect(lines[3]).toBe('AFFILIATION:3,AFFILIATION,c-bo,Bo,o-y,University Y & Co <Lab>,,true,2019-04-01,,false,,,,1');
  });
});
