import { pathSentence } from '../lib/pathSentence';
import { ana, anaPi, bo, boMain, edge, node, projectX, universityY, yPartner } from './fixtures';

describe('pathSentence', () => {
  it("writes each link's attributes beside the record they describe", () => {
    const path = {
      nodes: [ana, projectX, { ...universityY, label: 'University Y' }, bo],
      edges: [anaPi, yPartner, boMain],
    };
    expect(pathSentence(path)).toBe('Ana (PI) — Project X — (partner) University Y — (main, since 2019) Bo');
  });

  it('reads the same path backwards with the attributes still beside their holders', () => {
    const path = {
      nodes: [bo, { ...universityY, label: 'University Y' }, projectX, ana],
      edges: [boMain, yPartner, anaPi],
    };
    expect(pathSentence(path)).toBe('Bo (main, since 2019) — University Y (partner) — Project X — (PI) Ana');
  });

  it('says past links, shared activities of staff and parts of organizations', () => {
    const eddie = node('u-e', 'USER', 'Eddie');
    const lab = node('o-lab', 'ORGANIZATION', 'Lab');
    const knows = edge('KNOWS:u-e:c-ana', 'KNOWS', 'u-e', 'c-ana', { count: 3, lastDate: '2026-05-01' });
    const formerly = edge('AFFILIATION:9', 'AFFILIATION', 'c-ana', 'o-lab', { role: 'Engineer', past: true });
    const partOf = edge('PART_OF:o-lab:o-y', 'PART_OF', 'o-lab', 'o-y');
    const path = { nodes: [eddie, ana, lab, { ...universityY, label: 'Y' }], edges: [knows, formerly, partOf] };
    expect(pathSentence(path)).toBe(
      'Eddie — (knows, 3 shared activities, last 2026-05-01) — Ana (Engineer, past) — Lab (part of) — Y',
    );
  });

  it('joins links without attributes with a dash, and a lone record is its name', () => {
    const team = node('t-1', 'TEAM', 'NGI-ES');
    const eddie = node('u-e', 'USER', 'Eddie');
    expect(pathSentence({ nodes: [team, eddie], edges: [edge('TEAM_MEMBER:1', 'TEAM_MEMBER', 'u-e', 't-1')] })).toBe(
      'NGI-ES — Eddie',
    );
    expect(pathSentence({ nodes: [ana], edges: [] })).toBe('Ana');
  });
});
