import { describe, expect, it } from 'vitest';
import { decisionGraph } from '../../machines/graph';
import { layoutGraph } from './graph-layout';

describe('the laid-out decision graph', () => {
  const graph = decisionGraph();
  const placed = layoutGraph(graph, 'any step');

  it('places every state, and a node for "any step"', () => {
    expect(placed.nodes.map((n) => n.id).sort()).toEqual([graph.anyStateId, ...graph.nodes.map((n) => n.id)].sort());
    for (const n of placed.nodes) {
      expect(Number.isFinite(n.x) && Number.isFinite(n.y), n.id).toBe(true);
      expect(n.x - n.width / 2).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2).toBeLessThanOrEqual(placed.width);
    }
  });

  it('draws every transition once, grouping those between the same two states', () => {
    expect(placed.edges.flatMap((e) => e.edgeIds).sort()).toEqual(graph.edges.map((e) => e.id).sort());
    for (const e of placed.edges) {
      expect(e.points.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.lines.length).toBeGreaterThanOrEqual(e.edgeIds.length);
    }
  });

  it('does not overlap two states', () => {
    const boxes = placed.nodes;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 || Math.abs(a.y - b.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
  });
});
