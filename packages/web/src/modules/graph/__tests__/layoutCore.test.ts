import { createLayoutRun, detectCommunities, type LayoutInput } from '../lib/layoutCore';

/** Two cliques of five joined by one edge. */
function twoCliques(): LayoutInput {
  const pairs: number[] = [];
  for (const offset of [0, 5])
    for (let a = 0; a < 5; a++) for (let b = a + 1; b < 5; b++) pairs.push(offset + a, offset + b);
  pairs.push(4, 5);
  const positions = new Float32Array(20).map((_, index) => Math.sin(index * 7.3) * 10);
  return {
    positions,
    fixed: new Uint8Array(10),
    edges: new Uint32Array(pairs),
    weights: new Float32Array(pairs.length / 2).fill(1),
  };
}

describe('layout core', () => {
  it('finds the two communities, largest first, and leaves unlinked nodes without one', () => {
    const input = twoCliques();
    const communities = detectCommunities({ ...input, positions: new Float32Array(22), fixed: new Uint8Array(11) });
    expect(new Set(communities.slice(0, 5)).size).toBe(1);
    expect(new Set(communities.slice(5, 10)).size).toBe(1);
    expect(communities[0]).not.toBe(communities[5]);
    expect(communities[10]).toBe(-1);
  });

  it('moves free nodes, leaves pinned ones where they are, and brings linked nodes closer', () => {
    const input = twoCliques();
    input.fixed[0] = 1;
    const before = Float32Array.from(input.positions);
    const positions = createLayoutRun(input).step(200);
    expect([positions[0], positions[1]]).toEqual([before[0], before[1]]);
    expect(positions[2]).not.toBe(before[2]);
    const distance = (a: number, b: number) =>
      Math.hypot(positions[2 * a] - positions[2 * b], positions[2 * a + 1] - positions[2 * b + 1]);
    const within = (distance(6, 7) + distance(7, 8) + distance(8, 9)) / 3;
    const across = (distance(1, 7) + distance(2, 8) + distance(3, 9)) / 3;
    expect(within).toBeLessThan(across);
  });
});
