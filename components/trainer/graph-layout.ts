import { graphlib, layout } from '@dagrejs/dagre';
import type { DecisionGraph, GraphEdge } from '../../machines/graph';

/**
 * Lay out the decision graph with dagre (a maintained layered-graph layout library), for drawing as SVG. Parallel
 * transitions between the same two states are drawn as one arrow whose label lists each transition (what the
 * person does, then its guard on the next line, each wrapped to a short width), so the picture stays readable; the
 * text alternative lists each transition on its own. No React; only the trainer page loads it.
 */

/** One line of an arrow's label: part of a transition's event, or of its guard (drawn lighter). */
export type LabelLine = { text: string; kind: 'event' | 'guard' };

export type PlacedNode = {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  anyState: boolean;
};
export type PlacedEdge = {
  /** `<source>><target>`: one drawn arrow per pair of states. */
  id: string;
  source: string;
  target: string;
  /** The graph edges this arrow stands for. */
  edgeIds: string[];
  /** The label's lines: for each transition, its event and then its guard, if any, wrapped. */
  lines: LabelLine[];
  points: { x: number; y: number }[];
  label: { x: number; y: number; width: number; height: number };
};
export type GraphLayout = { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] };

// Large enough to read on a projector: 14 px labels on the arrows, 16 px in the boxes.
export const fontSize = 14;
export const nodeFontSize = 16;
export const lineHeight = 18;
// An average glyph of a 14 px system sans-serif is under 8 px wide; a little extra keeps labels inside their box.
const charWidth = 8;
const nodeHeight = 44;
/** The longest line of an arrow's label, in characters: longer text wraps at spaces (never at a no-break space). */
export const maxLabelChars = 30;

/** One transition as lines of an arrow's label, as the machine names it: the event, then the guard in brackets. */
export const transitionLines = (edge: { event: string; guard?: string }): LabelLine[] =>
  edge.guard
    ? [
        { text: edge.event, kind: 'event' },
        { text: `[${edge.guard}]`, kind: 'guard' },
      ]
    : [{ text: edge.event, kind: 'event' }];

/** Break text at ordinary spaces into lines of at most `max` characters (a longer word keeps a line to itself). */
export function wrapText(text: string, max = maxLabelChars): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/**
 * Place every state and every transition of the graph. `anyStateLabel` names the node root transitions leave
 * from; `linesOf` writes a transition as the lines of its arrow's label (by default, its event and guard as the
 * machine names them; the trainer page passes plain words); `nodeLabel` names a state (by default, its id).
 */
export function layoutGraph(
  graph: DecisionGraph,
  anyStateLabel: string,
  linesOf: (edge: GraphEdge) => LabelLine[] = transitionLines,
  nodeLabel: (id: string) => string = (id) => id,
): GraphLayout {
  const g = new graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 44, edgesep: 14, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));

  const hasRootEdges = graph.edges.some((e) => e.fromAnyState);
  const nodes = [
    ...(hasRootEdges ? [{ id: graph.anyStateId, label: anyStateLabel, anyState: true }] : []),
    ...graph.nodes.map((n) => ({ id: n.id, label: nodeLabel(n.id), anyState: false })),
  ];
  for (const node of nodes)
    g.setNode(node.id, { width: Math.max(84, node.label.length * (charWidth + 2) + 28), height: nodeHeight });

  const groups = new Map<string, { source: string; target: string; edgeIds: string[]; lines: LabelLine[] }>();
  for (const edge of graph.edges) {
    const id = `${edge.source}>${edge.target}`;
    const group = groups.get(id) ?? { source: edge.source, target: edge.target, edgeIds: [], lines: [] };
    group.edgeIds.push(edge.id);
    group.lines.push(
      ...linesOf(edge).flatMap(({ text, kind }) => wrapText(text).map((part) => ({ text: part, kind }))),
    );
    groups.set(id, group);
  }
  for (const [id, group] of groups) {
    const width = Math.max(...group.lines.map((l) => l.text.length)) * charWidth + 8;
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
