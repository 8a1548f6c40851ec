import type { GraphEdge, GuardTree } from '../../machines/graph';
import type { TriageEvent, triageMachine } from '../../machines/triage.machine';
import type { QuestionId } from '../../rules';
import type { TrainerMessages } from './content';

/**
 * The decision graph's arrows in plain words, in the page's language: `role.submit` → "Continue", `step.back` →
 * "Back", `answers.change` with `isChangeOf(age)` → "Change: Age", `isEditing` → "while changing an answer". The
 * words are in components/trainer/content.ts (`graph.arrows`); this file only puts them together, from the
 * event type and the guard tree the graph reads off the machine (machines/graph.ts). Pure functions, no React:
 * graph-labels.test.ts walks every edge of the graph with them, so an event or a guard added to the machine
 * cannot go unlabelled. Only the trainer page loads it.
 */

/** Every event type the triage machine takes. */
export type EventType = TriageEvent['type'];

/** Every guard name the triage machine implements, read off the machine's own type. */
export type GuardName = keyof NonNullable<Parameters<(typeof triageMachine)['provide']>[0]['guards']> & string;

/** A guard in plain words, and its opposite (for `not`). A parameterized guard takes the parameter's plain words. */
export type GuardWords = { is: string | ((question: string) => string); not: string | ((question: string) => string) };

/** The words the arrows are labelled with: `graph.arrows` of the trainer page's strings. */
export type ArrowWords = TrainerMessages['graph']['arrows'];

/** One transition in plain words: what the person does, and when (the guard), if it has a guard. */
export type PlainTransition = {
  event: string;
  condition?: string;
  /** Event types, guard names or parameters that have no plain words (the raw text is shown instead). */
  missing: string[];
};

const own = <T extends object>(record: T, key: string): T[keyof T] | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key as keyof T] : undefined;

/** The question a guard's parameters name (`isChangeOf(age)` → `age`), in plain words. */
function questionWords(params: unknown, words: ArrowWords): string | undefined {
  const question =
    typeof params === 'object' && params !== null ? (params as { question?: unknown }).question : undefined;
  return typeof question === 'string' ? own(words.questions, question as QuestionId) : undefined;
}

/** A guard tree in plain words. */
function conditionWords(tree: GuardTree, words: ArrowWords, missing: string[], negated = false): string {
  switch (tree.kind) {
    case 'named': {
      const entry = own(words.guards, tree.name) as GuardWords | undefined;
      const text = entry?.[negated ? 'not' : 'is'];
      if (typeof text === 'string') return text;
      if (typeof text === 'function') {
        const question = questionWords(tree.params, words);
        if (question !== undefined) return text(question);
        missing.push(`guard parameter ${tree.name}(${JSON.stringify(tree.params)})`);
        return tree.name;
      }
      missing.push(`guard ${tree.name}`);
      return negated ? `not ${tree.name}` : tree.name;
    }
    case 'not':
      return tree.guard.kind === 'named'
        ? conditionWords(tree.guard, words, missing, !negated)
        : negated
          ? conditionWords(tree.guard, words, missing)
          : words.not(conditionWords(tree.guard, words, missing));
    case 'and':
    case 'or': {
      // A combination inside a combination is put in brackets, so "a and (b or c)" stays unambiguous.
      const parts = tree.guards.map((g) => {
        const text = conditionWords(g, words, missing);
        return g.kind === 'and' || g.kind === 'or' ? `(${text})` : text;
      });
      const joined = tree.kind === 'and' ? words.all(parts) : words.any(parts);
      return negated ? words.not(joined) : joined;
    }
    case 'inline':
      missing.push('inline guard');
      return 'inline guard';
  }
}

/** The `isChangeOf(question)` guard a Change link's transition is chosen by, if it has one. */
const isChangeOf = (tree: GuardTree): tree is Extract<GuardTree, { kind: 'named' }> =>
  tree.kind === 'named' && tree.name === 'isChangeOf';

/** One transition of the graph in plain words. */
export function plainTransition(edge: Pick<GraphEdge, 'event' | 'guardTree'>, words: ArrowWords): PlainTransition {
  const missing: string[] = [];
  const eventText = own(words.events, edge.event);
  if (eventText === undefined) missing.push(`event ${edge.event}`);
  let event = eventText ?? edge.event;
  let tree = edge.guardTree;

  // A Change link's transition names its question in its guard (`isChangeOf(age)`): say it with the event,
  // "Change: Age", and keep only the rest of the guard as the condition.
  if (edge.event === 'answers.change' && tree) {
    const conjuncts = tree.kind === 'and' ? tree.guards : [tree];
    const change = conjuncts.find(isChangeOf);
    const question = change && questionWords(change.params, words);
    if (change && question !== undefined) {
      event = words.change(question);
      const rest = conjuncts.filter((g) => g !== change);
      tree = rest.length === 0 ? undefined : rest.length === 1 ? rest[0] : { kind: 'and', guards: rest };
    }
  }

  const condition = tree && conditionWords(tree, words, missing);
  return { event, ...(condition !== undefined ? { condition } : {}), missing };
}

/** A transition as one line of text: "Back (while changing an answer)". */
export function plainTransitionText(edge: Pick<GraphEdge, 'event' | 'guardTree'>, words: ArrowWords): string {
  const { event, condition } = plainTransition(edge, words);
  return condition === undefined ? event : `${event} ${words.condition(condition)}`;
}

/** A transition as the lines of an arrow's label: what the person does, then when, if it has a guard. */
export function plainArrowLines(
  edge: Pick<GraphEdge, 'event' | 'guardTree'>,
  words: ArrowWords,
): { text: string; kind: 'event' | 'guard' }[] {
  const { event, condition } = plainTransition(edge, words);
  return condition === undefined
    ? [{ text: event, kind: 'event' }]
    : [
        { text: event, kind: 'event' },
        { text: words.condition(condition), kind: 'guard' },
      ];
}

/**
 * A screen of the wizard in the page's words, for the boxes of the drawing: a question's short name, or the title the
 * wizard gives the screen ("Get help now", "Check your answers"). Undefined when neither exists (a new screen with no
 * words yet: graph-labels.test.ts fails on it).
 */
export function stepWords(step: string, words: ArrowWords, titles: Record<string, unknown>): string | undefined {
  const question = own(words.questions, step);
  if (question !== undefined) return question;
  const section = own(titles, step) as { title?: unknown } | undefined;
  return typeof section?.title === 'string' ? section.title : undefined;
}
