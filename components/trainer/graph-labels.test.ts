import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { decisionGraph, type GraphEdge } from '../../machines/graph';
import { triageMachine } from '../../machines/triage.machine';
import { trainerMessages } from './content';
import { plainArrowLines, plainTransition, plainTransitionText, stepWords } from './graph-labels';
import { en } from '../content/en';
import { fr } from '../content/fr';
import { layoutGraph, maxLabelChars, wrapText } from './graph-layout';

/**
 * The decision graph's arrows are labelled in plain words, in both languages. Walking every edge of the graph read
 * off the machine means an event or a guard added to the machine later fails here until it has plain words.
 */

const graph = decisionGraph();
const locales = ['en', 'fr'] as const;
const words = (locale: (typeof locales)[number]) => trainerMessages[locale].graph.arrows;

const edge = (source: string, event: string, target: string): GraphEdge => {
  const found = graph.edges.find((e) => e.source === source && e.event === event && e.target === target);
  if (!found) throw new Error(`no edge ${source} --${event}--> ${target}`);
  return found;
};

/** Every guard name in a guard tree. */
const namesIn = (tree: GraphEdge['guardTree']): string[] =>
  !tree
    ? []
    : tree.kind === 'named'
      ? [tree.name]
      : tree.kind === 'not'
        ? namesIn(tree.guard)
        : tree.kind === 'inline'
          ? ['inline guard']
          : tree.guards.flatMap(namesIn);

describe('plain labels of the decision graph’s arrows', () => {
  for (const locale of locales) {
    it(`labels every edge’s event and guard in plain words (${locale})`, () => {
      const unlabelled = graph.edges.flatMap((e) =>
        plainTransition(e, words(locale)).missing.map((m) => `${e.id}: ${m}`),
      );
      expect(unlabelled).toEqual([]);
    });

    it(`has plain words for every event type and every guard the machine implements (${locale})`, () => {
      const w = words(locale);
      expect(graph.events.filter((event) => !Object.hasOwn(w.events, event))).toEqual([]);
      expect(
        Object.keys(triageMachine.implementations.guards).filter((name) => !Object.hasOwn(w.guards, name)),
      ).toEqual([]);
      for (const [event, text] of Object.entries(w.events)) expect(text.trim(), event).not.toBe('');
      for (const [name, { is, not }] of Object.entries(w.guards)) {
        for (const text of [is, not])
          expect((typeof text === 'function' ? text('Age') : text).trim(), name).not.toBe('');
      }
    });

    it(`never shows the machine’s own names on an arrow (${locale})`, () => {
      const guardNames = Object.keys(triageMachine.implementations.guards);
      for (const e of graph.edges) {
        const text = plainTransitionText(e, words(locale));
        expect(text, e.id).not.toContain(e.event);
        for (const name of [...guardNames, ...namesIn(e.guardTree)]) expect(text, e.id).not.toContain(name);
        expect(text, e.id).not.toMatch(/\[|\]|[a-z]\.[a-z]/i);
      }
    });

    it(`keeps each arrow’s lines short (${locale})`, () => {
      const placed = layoutGraph(graph, trainerMessages[locale].graph.anyStep, (e) =>
        plainArrowLines(e, words(locale)),
      );
      expect(placed.edges.flatMap((e) => e.edgeIds).sort()).toEqual(graph.edges.map((e) => e.id).sort());
      for (const arrow of placed.edges)
        for (const line of arrow.lines)
          expect(line.text.length, `${arrow.id}: ${line.text}`).toBeLessThanOrEqual(maxLabelChars);
      // What the person does fits on one line or two; with its condition, a transition takes at most 4 lines.
      for (const e of graph.edges) {
        const lines = layoutGraph({ ...graph, edges: [e] }, 'x', (one) => plainArrowLines(one, words(locale))).edges[0]
          .lines;
        expect(lines.filter((l) => l.kind === 'event').length, e.id).toBeLessThanOrEqual(2);
        expect(lines.length, `${e.id}: ${lines.map((l) => l.text).join(' / ')}`).toBeLessThanOrEqual(4);
      }
      // Each guard's own words, and each event's, stay short.
      const w = words(locale);
      for (const text of Object.values(w.events)) expect(text.length, text).toBeLessThanOrEqual(maxLabelChars);
      for (const { is, not } of Object.values(w.guards))
        for (const text of [is, not]) {
          const said = typeof text === 'function' ? text(w.questions.inCare) : text;
          expect(said.length, said).toBeLessThanOrEqual(48);
        }
    });
  }

  it('says what the person does, as the wizard’s buttons do, and when', () => {
    const en = words('en');
    expect(plainTransitionText(edge('role', 'role.submit', 'danger'), en)).toBe('Continue');
    expect(plainTransitionText(edge('role', 'role.submit', 'review'), en)).toBe('Continue (while changing an answer)');
    expect(plainTransitionText(edge('danger', 'danger.submit', 'emergency'), en)).toBe(
      'Continue (in danger or not sure)',
    );
    expect(plainTransitionText(edge('age', 'age.submit', 'inCare'), en)).toBe(
      'Continue (16 or 17, 18 to 24, or age not given)',
    );
    expect(plainTransitionText(edge('age', 'step.back', 'danger'), en)).toBe('Back');
    expect(plainTransitionText(edge(graph.anyStateId, 'triage.restart', 'role'), en)).toBe('Start again');
    expect(plainTransitionText(edge('review', 'answers.change', 'age'), en)).toBe('Change: Age');
    expect(plainTransitionText(edge('summary', 'answers.change', 'role'), en)).toBe('Change: Who is using the tool');
    // The care question's Change link keeps the rest of its guard as the condition.
    expect(plainTransition(edge('review', 'answers.change', 'inCare'), en)).toEqual({
      event: 'Change: Care',
      condition: '16 or 17, 18 to 24, or age not given',
      missing: [],
    });
    // `not usedOnePage`, and `usedOnePage and wasInDanger`.
    expect(plainTransitionText(edge('emergency', 'emergency.skipToSummary', 'summary'), en)).toBe(
      'Go straight to the services (without the one-page form)',
    );
    const back = graph.edges
      .filter((e) => e.source === 'summary' && e.event === 'step.back' && e.target === 'emergency')
      .map((e) => plainTransitionText(e, en));
    expect(back).toEqual([
      'Back (after skipping the questions)',
      'Back (after the one-page form and in danger or not sure)',
    ]);
  });

  it('says it in French, with French spacing', () => {
    const fr = words('fr');
    expect(plainTransitionText(edge('role', 'role.submit', 'danger'), fr)).toBe('Continuer');
    expect(plainTransitionText(edge('age', 'step.back', 'danger'), fr)).toBe('Retour');
    expect(plainTransitionText(edge(graph.anyStateId, 'triage.restart', 'role'), fr)).toBe('Recommencer');
    expect(plainTransitionText(edge('review', 'answers.change', 'age'), fr)).toBe('Modifier\u00a0: Âge');
    expect(plainTransitionText(edge('danger', 'danger.submit', 'emergency'), fr)).toBe(
      'Continuer (en danger ou en cas de doute)',
    );
    for (const e of graph.edges) {
      const text = plainTransitionText(e, fr);
      // A no-break space before : ; ? ! and inside « », and the typographic apostrophe.
      expect(text, e.id).not.toMatch(/[^\u00a0][:;?!»]|«[^\u00a0]|'/);
      expect(text, e.id).not.toBe(plainTransitionText(e, words('en')));
    }
  });

  it('writes not, and, or, and combinations of them, and reports what has no plain words', () => {
    const en = words('en');
    const named = (name: string) => ({ kind: 'named' as const, name });
    expect(
      plainTransition({ event: 'step.back', guardTree: { kind: 'not', guard: named('isEditing') } }, en).condition,
    ).toBe('not while changing an answer');
    expect(
      plainTransition(
        {
          event: 'step.back',
          guardTree: {
            kind: 'or',
            guards: [named('usedOnePage'), { kind: 'and', guards: [named('isEditing'), named('wasInDanger')] }],
          },
        },
        en,
      ).condition,
    ).toBe('after the one-page form or (while changing an answer and in danger or not sure)');
    expect(
      plainTransition(
        {
          event: 'step.back',
          guardTree: { kind: 'not', guard: { kind: 'and', guards: [named('usedOnePage'), named('wasInDanger')] } },
        },
        en,
      ).condition,
    ).toBe('not (after the one-page form and in danger or not sure)');
    expect(
      plainTransition(
        { event: 'step.back', guardTree: { kind: 'named', name: 'isChangeOf', params: { question: 'age' } } },
        en,
      ).condition,
    ).toBe('changing “Age”');
    expect(
      plainTransition(
        { event: 'answers.change', guardTree: { kind: 'named', name: 'isChangeOf', params: { question: 'nope' } } },
        en,
      ).missing,
    ).toHaveLength(1);
    expect(plainTransition({ event: 'step.back', guardTree: { kind: 'inline' } }, en).missing).toEqual([
      'inline guard',
    ]);
  });

  it('reads each guard off the machine as a tree, and wraps labels at spaces but never at a no-break space', () => {
    expect(edge('review', 'answers.change', 'inCare').guardTree).toEqual({
      kind: 'and',
      guards: [
        { kind: 'named', name: 'isChangeOf', params: { question: 'inCare' } },
        { kind: 'named', name: 'askedAboutCare' },
      ],
    });
    expect(edge('emergency', 'emergency.skipToSummary', 'summary').guardTree).toEqual({
      kind: 'not',
      guard: { kind: 'named', name: 'usedOnePage' },
    });
    expect(edge('role', 'role.submit', 'danger').guardTree).toBeUndefined();
    expect(wrapText('(16 or 17, 18 to 24, or age not given)', 30)).toEqual([
      '(16 or 17, 18 to 24, or age',
      'not given)',
    ]);
    expect(wrapText('Modifier\u00a0: Qui utilise l’outil', 12)).toEqual(['Modifier\u00a0:', 'Qui utilise', 'l’outil']);
    expect(wrapText('Back', 30)).toEqual(['Back']);
  });

  it('fails for an event or a guard the machine gains without plain words', () => {
    const machine = setup({ guards: { isBrandNew: () => true } }).createMachine({
      id: 'm',
      initial: 'a',
      states: { a: { on: { 'brand.new': { guard: 'isBrandNew', target: 'b' }, 'step.back': 'b' } }, b: {} },
    });
    for (const locale of locales) {
      const missing = decisionGraph(machine).edges.flatMap((e) => plainTransition(e, words(locale)).missing);
      expect(missing).toEqual(['event brand.new', 'guard isBrandNew']);
    }
  });
});

describe('the screens in plain words', () => {
  const titles = { en, fr } as const;
  for (const locale of locales) {
    it(`names every screen of the machine in the page’s words, never by its state id (${locale})`, () => {
      const named = graph.nodes.map((n) => [n.id, stepWords(n.id, words(locale), titles[locale])]);
      expect(named.filter(([, name]) => name === undefined)).toEqual([]);
      for (const [id, name] of named) expect(name, id).not.toBe(id);
    });
  }

  it('names a screen that asks a question by the question, and the others by the title the wizard gives them', () => {
    expect(stepWords('age', words('fr'), fr)).toBe('Âge');
    expect(stepWords('emergency', words('en'), en)).toBe(en.emergency.title);
    expect(stepWords('summary', words('fr'), fr)).toBe(fr.summary.title);
    expect(stepWords('no-such-screen', words('en'), en)).toBeUndefined();
  });
});
