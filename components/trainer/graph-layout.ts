import { graphlib, layout } from '@dagrejs/dagre';
import type { DecisionGraph } from '../../machines/graph';

/**
 * Lay out the decision graph with dagre (a maintained layered-graph layout library), for drawing as SVG. Parallel
 * transitions between the same two states are drawn as one arrow whose label lists each transition (its event,
 * then its guard in brackets on the next line), so the picture stays readable; the text alternative lists each
 * transition on its own. No React; only the trainer page loads it.
 */

export type PlacedNode = { id: string; label: string; x: number; y: number; width: number; height: number; anyState: boolean };
export type PlacedEdge = {
  /** `<source>><target>`: one drawn arrow per pair of states. */
  id: string;
  source: string;
  target: string;
  /** The graph edges this arrow stands for. */
  edgeIds: string[];
  /** The label's lines: for each transition, its event and then its guard, if any. */
  lines: string[];
  points: { x: number; y: number }[];
  label: { x: number; y: number; width: number; height: number };
};
export type GraphLayout = { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] };

export const fontSize = 12;
export const lineHeight = 15;
// An average glyph of a 12 px system sans-serif is under 7 px wide; a little extra keeps labels inside their box.
const charWidth = 7;
const nodeHeight = 40;

/** One transition as lines of an arrow's label: the event, then the guard in brackets. */
export const transitionLines = (edge: { event: string; guard?: string }) => (edge.guard ? [edge.event, `[${edge.guard}]`] : [edge.event]);

/** Place every state and every transition of the graph. `anyStateLabel` names the node root transitions leave from. */
export function layoutGraph(graph: DecisionGraph, anyStateLabel: string): GraphLayout {
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, edgesep: 14, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));

  const hasRootEdges = graph.edges.some((e) => e.fromAnyState);
  const nodes = [
    ...(hasRootEdges ? [{ id: graph.anyStateId, label: anyStateLabel, anyState: true }] : []),
    ...graph.nodes.map((n) => ({ id: n.id, label: n.id, anyState: false })),
  ];
  for (const node of nodes) g.setNode(node.id, { width: Math.max(84, node.label.length * (charWidth + 1) + 28), height: nodeHeight });

  const groups = new Map<string, { source: string; target: string; edgeIds: string[]; lines: string[] }>();
  for (const edge of graph.edges) {
    const id = `${edge.source}>${edge.target}`;
    const group = groups.get(id) ?? { source: edge.source, target: edge.target, edgeIds: [], lines: [] };
    group.edgeIds.push(edge.id);
    group.lines.push(...transitionLines(edge));
    groups.set(id, group);
  }
  for (const [id, group] of groups) {
    const width = Math.max(...group.lines.map((l) => l.length)) * charWidth + 8;
    g.setEdge(group.source, group.target, { width, height: group.lines.length * lineHeight + 4, labelpos: 'c' }, id);
  }

  layout(g);

  const placedNodes: PlacedNode[] = nodes.map((node) => {
    const { x = 0, y = 0, width, height } = g.node(node.id);
    return { ...node, x, y, width, height };
  });
  const placedEdges: PlacedEdge[] = [...groups].map(([id, group]) => {
    const label = g.edge({ v: group.source, w: group.target, name: id });
    return {
      id,
      ...group,
      points: (label.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
      label: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 },
    };
  });
  const { width = 0, height = 0 } = g.graph();
  return { width, height, nodes: placedNodes, edges: placedEdges };
}
