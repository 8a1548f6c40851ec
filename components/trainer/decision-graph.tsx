'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { decisionGraph } from '../../machines/graph';
import { edgeKinds } from '../../machines/trainer';
import { selectStep } from '../../machines/triage.selectors';
import { TriageActorContext } from '../wizard/triage-actor';
import { useTrainerMessages, type TrainerPageMessages } from './use-trainer-messages';
import { fontSize, layoutGraph, lineHeight, nodeFontSize, type PlacedEdge, type PlacedNode } from './graph-layout';
import { plainArrowLines, plainTransitionText, stepWords } from './graph-labels';
import { ColumnHeadings } from './column-headings';
import { useWalk, type WalkStore } from './walk-store';

/** The graph of the triage machine, and which of its transitions move forward: read from the machine once. */
const graph = decisionGraph();
const kinds = edgeKinds(graph);
const forwardGraph = { ...graph, edges: graph.edges.filter((e) => kinds.get(e.id) === 'forward') };

/** A screen's name in the page's words (graph-labels.test.ts checks every screen has one). */
const screenName = (id: string, t: TrainerPageMessages) =>
  id === graph.anyStateId
    ? t.trainer.graph.anyStep
    : (stepWords(id, t.trainer.graph.arrows, t as unknown as Record<string, unknown>) ?? id);

/**
 * How the screens connect (issue 22, second to the referral map): the statechart drawn from the machine itself, each
 * box a screen in the page's words, each arrow what the person does; forward paths by default, Back, Change and Start
 * again on request; the current screen marked and the path taken lit. Its text alternative lists the screens and
 * where each leads in plain words; the statechart's own state, event and guard names are for developers, in a
 * disclosure.
 */
export function DecisionGraphPanel({
  walkStore,
  open,
  setOpen,
}: {
  walkStore: WalkStore;
  open: boolean;
  setOpen: (open: boolean) => void;
}) {
  const { t, locale } = useTrainerMessages();
  const g = t.trainer.graph;
  const current = TriageActorContext.useSelector(selectStep);
  const walk = useWalk(walkStore);
  const visited = useMemo(() => new Set<string>(walk.steps), [walk]);
  const taken = useMemo(() => new Set(walk.edges), [walk]);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? graph : forwardGraph;
  const placed = useMemo(
    () =>
      layoutGraph(
        shown,
        g.anyStep,
        (edge) => plainArrowLines(edge, g.arrows),
        (id) => screenName(id, t),
      ),
    [shown, g.anyStep, g.arrows, t],
  );
  const [fit, setFit] = useState(false);
  const id = useId().replace(/:/g, '');
  const scroller = useRef<HTMLDivElement>(null);
  const name = (step: string) => screenName(step, t);

  // Keep the current screen in view at full size: scroll the picture's own box, never the page.
  useEffect(() => {
    const box = scroller.current;
    const node = placed.nodes.find((n) => n.id === current);
    if (!box || !node || fit || !open) return;
    box.scrollTo({ left: node.x - box.clientWidth / 2, top: node.y - box.clientHeight / 2 });
  }, [current, placed, fit, open]);

  const descriptionLang = locale === 'en' ? undefined : 'en';
  return (
    <details
      className="min-w-0 self-start"
      data-trainer-panel="screens"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="link text-xl font-bold">{g.summary}</summary>
      <p className="mt-2 max-w-3xl text-muted">{g.intro}</p>
      <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-3">
        <div className="flex items-start gap-2">
          <input
            id={`${id}-all`}
            type="checkbox"
            className="mt-0.5 size-6 shrink-0 accent-brand"
            checked={showAll}
            onChange={(event) => setShowAll(event.target.checked)}
          />
          <label htmlFor={`${id}-all`}>{g.showAll}</label>
        </div>
        <button type="button" className="btn-secondary" aria-pressed={fit} onClick={() => setFit((f) => !f)}>
          {g.fit}
        </button>
      </div>
      <div
        ref={scroller}
        role="region"
        aria-label={g.scrollRegion}
        tabIndex={0}
        className="mt-3 max-h-[75vh] overflow-auto border-2 border-line bg-surface"
      >
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${placed.width} ${placed.height}`}
          width={fit ? '100%' : placed.width}
          height={fit ? undefined : placed.height}
          className={fit ? 'block h-auto w-full' : 'block'}
          data-graph=""
          data-graph-edges={showAll ? 'all' : 'forward'}
        >
          <title id={`${id}-title`}>{g.title}</title>
          <desc id={`${id}-desc`}>{g.description(name(current), walk.steps.map(name))}</desc>
          <defs>
            <ArrowHead id={`${id}-arrow`} size={7} className="fill-muted" />
            <ArrowHead id={`${id}-arrow-lit`} size={6} className="fill-information" />
          </defs>
          {placed.edges.map((edge) => (
            <Arrow key={edge.id} edge={edge} lit={edge.edgeIds.some((e) => taken.has(e))} markerId={id} />
          ))}
          {placed.nodes.map((node) => (
            <StateBox key={node.id} node={node} current={node.id === current} visited={visited.has(node.id)} />
          ))}
        </svg>
      </div>

      <h4 className="mt-6 text-lg font-bold">{g.statesHeading}</h4>
      <ol className="mt-2 space-y-1" data-graph-states="">
        {graph.nodes.map((node) => {
          const isCurrent = node.id === current;
          return (
            <li
              key={node.id}
              data-node-id={node.id}
              aria-current={isCurrent ? 'step' : undefined}
              className={isCurrent ? 'border-l-4 border-ink bg-focus-bg px-2 font-bold' : 'px-2'}
            >
              {name(node.id)}
              {isCurrent && <span> ({g.current})</span>}
              {!isCurrent && visited.has(node.id) && <span> ({g.visited})</span>}
            </li>
          );
        })}
      </ol>

      <h4 className="mt-6 text-lg font-bold">{g.movesHeading}</h4>
      <ul className="mt-2 space-y-1" data-graph-moves="">
        {shown.edges.map((edge) => (
          <li
            key={edge.id}
            data-edge-id={edge.id}
            data-taken={taken.has(edge.id)}
            className={taken.has(edge.id) ? 'bg-information-light px-2 font-bold' : 'px-2'}
          >
            {g.move(name(edge.source), plainTransitionText(edge, g.arrows), name(edge.target))}
          </li>
        ))}
      </ul>

      <details className="mt-6" data-graph-developer="">
        <summary className="link">{g.developerSummary}</summary>
        <h5 className="mt-3 font-bold">{g.developerStates}</h5>
        <ul className="mt-1 space-y-1">
          {graph.nodes.map((node) => (
            <li key={node.id} className="px-2">
              <code>{node.id}</code> ({name(node.id)})
              {node.description && (
                <>
                  {' — '}
                  <span lang={descriptionLang}>{node.description}</span>
                </>
              )}
            </li>
          ))}
        </ul>
        <div className="mt-4 overflow-x-auto" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="w-full border-collapse text-left text-base" data-graph-transitions="">
            <caption id={`${id}-caption`} className="mb-2 text-left font-bold">
              {g.transitionsCaption}
            </caption>
            <thead>
              <ColumnHeadings headings={[g.from, g.event, g.guard, g.plainLabel, g.to, g.taken]} />
            </thead>
            <tbody>
              {graph.edges.map((edge) => {
                const wasTaken = taken.has(edge.id);
                return (
                  <tr
                    key={edge.id}
                    data-edge-id={edge.id}
                    data-taken={wasTaken}
                    className={wasTaken ? 'border-b border-line bg-information-light' : 'border-b border-line'}
                  >
                    <td className="p-1">{edge.fromAnyState ? g.anyStepRow : <code>{edge.source}</code>}</td>
                    <td className="p-1">
                      <code>{edge.event}</code>
                    </td>
                    <td className="p-1">{edge.guard ? <code>{edge.guard}</code> : g.noGuard}</td>
                    <td className="p-1">{plainTransitionText(edge, g.arrows)}</td>
                    <td className="p-1">
                      <code>{edge.target}</code>
                    </td>
                    <td className="p-1">{wasTaken ? g.takenYes : g.takenNo}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </details>
  );
}

/** The head of an arrow, drawn at the end of a path that names it (`marker-end`). */
function ArrowHead({ id, size, className }: { id: string; size: number; className: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth={size}
      markerHeight={size}
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" className={className} />
    </marker>
  );
}

function Arrow({ edge, lit, markerId }: { edge: PlacedEdge; lit: boolean; markerId: string }) {
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const { label } = edge;
  return (
    <g data-arrow={edge.id} data-lit={lit}>
      <path
        d={d}
        fill="none"
        className={lit ? 'stroke-information' : 'stroke-muted'}
        strokeWidth={lit ? 3.5 : 1.5}
        strokeLinejoin="round"
        markerEnd={`url(#${markerId}-${lit ? 'arrow-lit' : 'arrow'})`}
      />
      <rect
        x={label.x - label.width / 2}
        y={label.y - label.height / 2}
        width={label.width}
        height={label.height}
        rx={3}
        className="fill-surface"
        opacity={0.9}
      />
      <text
        x={label.x}
        y={label.y - label.height / 2 + lineHeight - 3}
        textAnchor="middle"
        fontSize={fontSize}
        className={lit ? 'fill-ink font-bold' : 'fill-ink'}
      >
        {edge.lines.map((line, i) => (
          <tspan
            key={i}
            x={label.x}
            dy={i === 0 ? 0 : lineHeight}
            className={line.kind === 'guard' ? 'fill-muted' : undefined}
          >
            {line.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

function StateBox({ node, current, visited }: { node: PlacedNode; current: boolean; visited: boolean }) {
  const fill = current
    ? 'fill-focus-bg stroke-ink'
    : visited
      ? 'fill-information-light stroke-information'
      : 'fill-surface stroke-ink';
  return (
    <g data-node-id={node.id} data-current={current} data-visited={visited}>
      <rect
        x={node.x - node.width / 2}
        y={node.y - node.height / 2}
        width={node.width}
        height={node.height}
        rx={node.anyState ? 20 : 6}
        className={fill}
        strokeWidth={current ? 4 : visited ? 2.5 : 1.5}
        strokeDasharray={node.anyState ? '6 4' : undefined}
      />
      <text
        x={node.x}
        y={node.y + 6}
        textAnchor="middle"
        fontSize={nodeFontSize}
        className={current ? 'fill-ink font-bold' : 'fill-ink'}
      >
        {node.label}
      </text>
    </g>
  );
}
