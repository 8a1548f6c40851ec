import {
  answerValues,
  type Age,
  type Answers,
  type Danger,
  type InCare,
  type Indigenous,
  type Need,
  type RegionAnswer,
  type Role,
} from '../answers.schema';
import { factsOf, holds, type Condition } from '../condition';
import { nationalServices } from '../plan';
import { asksAboutCare } from '../flow';
import { priorities, referralRules, type Priority, type ReferralRule } from '../referral-rules';
import { isRegionId } from '../regions';
import { serviceIds, type ServiceId } from '../services/service-ids';

/**
 * Every distinct referral plan the wizard can end on, for the trainer's "every outcome" panel (product spec
 * section 8), each with the simplest answers that lead to it and how many answer combinations do.
 *
 * The answer space is every combination the machine can produce: role × danger × age (with the care question's
 * three answers where the age asks it, none where it does not) × the 49 area answers × identity × any set of the
 * 14 needs (2^14). That is about 4 × 10^8 combinations, too many to plan one by one, so values that no rule can
 * tell apart are grouped into classes first, read off the referral table itself:
 *
 * - two needs are in one class when every `includesAny` list in the table holds both or neither (for example
 *   safety planning, counselling and skills training); a set of needs then only matters through which classes it
 *   touches, and a class of size k is touched by 2^k − 1 of its subsets;
 * - two values of another answer are in one class when every `in` list holds both or neither (all 45 areas
 *   other than Toronto and Durham, say), kept apart where the flow treats them differently (an age that asks the
 *   care question) or where the answer says something different (outside Ontario, not given).
 *
 * Each class combination is planned once, with one representative per class, and counts for the product of its
 * class sizes: the counts are exact, and they add up to the size of the whole space. Pure; loaded only by the
 * trainer page.
 */

/** One referral of an outcome: the service and how soon. */
export type OutcomeReferral = { serviceId: ServiceId; priority: Priority };

/** One distinct plan: its referrals in plan order, the simplest answers that give it, and how many answer sets do. */
export type Outcome = {
  /** A compact id of the plan, unique within one catalogue. */
  id: number;
  /** The plan as text, `service:priority` in plan order, joined by spaces (see `outcomeKey`). */
  key: string;
  referrals: OutcomeReferral[];
  /** The answers with the fewest needs, then the plainest other answers, that lead to this plan. */
  example: Answers;
  /** How many answer combinations the machine can produce lead to this plan. */
  count: number;
  /** The priority of a service in this plan, or undefined when the plan does not refer to it (cheap: no decoding). */
  priorityOf(serviceId: ServiceId): Priority | undefined;
};

export type OutcomeCatalogue = {
  /** Distinct plans, most common first (ties in a fixed order). */
  outcomes: Outcome[];
  /** The number of answer combinations the machine can produce; the outcome counts add up to it. */
  total: number;
  /** How many (class combination, set of need classes) pairs were counted to find them. */
  planned: number;
  /** For each service, in directory order: how many answer combinations refer to it, at each priority. */
  services: { serviceId: ServiceId; byPriority: Record<Priority, number> }[];
};

type Leaf = Extract<Condition, { fact: string }>;

/** Every leaf (`{ fact, in }` or `{ fact: 'needs', includesAny }`) of every rule's condition. */
function leavesOf(rules: readonly ReferralRule[]): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (c: Condition): void => {
    if ('always' in c) return;
    if ('all' in c) return c.all.forEach(visit);
    if ('any' in c) return c.any.forEach(visit);
    if ('not' in c) return visit(c.not);
    leaves.push(c);
  };
  rules.forEach((rule) => visit(rule.when));
  return leaves;
}

/** A group of values no rule tells apart: one representative and how many values it stands for. */
type ValueClass<T> = { representative: T; size: number };

/**
 * Group a domain of partial answers into classes by how every leaf reading them evaluates, plus `extraKey` for
 * differences the flow makes. The representative is the first member in `domain` order, which lists the plainest
 * values first; classes come in the order of their representatives.
 */
function classesOf<T extends Partial<Answers>>(
  domain: readonly T[],
  leaves: readonly Leaf[],
  extraKey: (value: T) => string = () => '',
): ValueClass<T>[] {
  const byKey = new Map<string, ValueClass<T>>();
  for (const value of domain) {
    const relevant = leaves.filter((leaf) => leaf.fact in value);
    const key = `${relevant.map((leaf) => (holds(leaf, value as Answers) ? '1' : '0')).join('')}|${extraKey(value)}`;
    const existing = byKey.get(key);
    if (existing) existing.size += 1;
    else byKey.set(key, { representative: value, size: 1 });
  }
  return [...byKey.values()];
}

/** Put the plainest values first: they become the representatives and the examples. */
const plainFirst = <T extends string>(values: readonly T[], first: readonly T[]): T[] => [
  ...first,
  ...values.filter((v) => !first.includes(v)),
];

/** The classes of needs: needs that every `includesAny` list holds together. Each class's needs in `answerValues.needs` order. */
function needClassesOf(leaves: readonly Leaf[]): Need[][] {
  const needLeaves = leaves.filter((leaf): leaf is Extract<Leaf, { fact: 'needs' }> => leaf.fact === 'needs');
  const byKey = new Map<string, Need[]>();
  for (const need of answerValues.needs) {
    const key = needLeaves.map((leaf) => (leaf.includesAny.includes(need) ? '1' : '0')).join('');
    byKey.set(key, [...(byKey.get(key) ?? []), need]);
  }
  return [...byKey.values()];
}

/** The answer classes, dimension by dimension. Exported for the tests. */
export function answerClasses(rules: readonly ReferralRule[] = referralRules) {
  const leaves = leavesOf(rules);
  const role = classesOf(
    plainFirst<Role>(answerValues.role, ['self']).map((role) => ({ role })),
    leaves,
  );
  const danger = classesOf(
    plainFirst<Danger>(answerValues.danger, ['no']).map((danger) => ({ danger })),
    leaves,
  );
  const ages = plainFirst<Age>(answerValues.age, ['25-plus']);
  const careAnswers = plainFirst<InCare>(answerValues.inCare, ['no']);
  const ageCare = classesOf<Pick<Answers, 'age' | 'inCare'>>(
    ages.flatMap((age) => (asksAboutCare(age) ? careAnswers.map((inCare) => ({ age, inCare })) : [{ age }])),
    leaves,
    (value) => String(asksAboutCare(value.age)),
  );
  const regionAnswers: readonly RegionAnswer[] = answerValues.region;
  const region = classesOf(
    // An area other than Toronto and Durham first, so examples read like a real place.
    plainFirst<RegionAnswer>(
      regionAnswers,
      regionAnswers.filter((r) => isRegionId(r) && r !== 'toronto' && r !== 'durham').slice(0, 1),
    ).map((region) => ({ region })),
    leaves,
    (value) => (isRegionId(value.region) ? 'area' : String(value.region)),
  );
  const indigenous = classesOf(
    plainFirst<Indigenous>(answerValues.indigenous, ['no']).map((indigenous) => ({ indigenous })),
    leaves,
  );
  const needs = needClassesOf(leaves);
  return { role, danger, ageCare, region, indigenous, needs };
}

const rankOf = (p: Priority) => priorities.indexOf(p);

/**
 * A plan as one number: for each service, 0 when absent or 1 + its priority rank, in a mixed radix whose digit for
 * each service only spans the priorities its rules can give. The plan fits a safe integer, so grouping 3 × 10^5
 * plans is a cheap map lookup.
 */
function planCoding(rules: readonly ReferralRule[]) {
  const ranksOf = serviceIds.map((id) =>
    [...new Set(rules.filter((r) => r.serviceId === id).map((r) => rankOf(r.priority)))].sort((a, b) => a - b),
  );
  const radix = ranksOf.map((ranks) => ranks.length + 1);
  // digit[i][rank + 1]: the digit of service i at that rank (rank −1: absent).
  const digit = ranksOf.map((ranks) =>
    [-1, ...priorities.map((_, r) => r)].map((rank) => (rank === -1 ? 0 : 1 + ranks.indexOf(rank))),
  );
  const weights = radix.map((_, i) => radix.slice(0, i).reduce((w, r) => w * r, 1));
  const size = radix.reduce((w, r) => w * r, 1);
  if (!Number.isSafeInteger(size)) throw new Error('[trainer/outcomes] Too many possible plans to number them.');
  return {
    encode(ranks: ArrayLike<number>): number {
      let id = 0;
      for (let i = 0; i < ranks.length; i++) id += digit[i][ranks[i] + 1] * weights[i];
      return id;
    },
    /** The priority rank of service `i` in plan `id`, or −1 when the plan does not refer to it. */
    rankAt(id: number, i: number): number {
      const d = Math.floor(id / weights[i]) % radix[i];
      return d === 0 ? -1 : ranksOf[i][d - 1];
    },
    decode(id: number): number[] {
      return ranksOf.map((ranks, i) => {
        const d = Math.floor(id / weights[i]) % radix[i];
        return d === 0 ? -1 : ranks[d - 1];
      });
    },
  };
}
type PlanCoding = ReturnType<typeof planCoding>;

/** Referrals in plan order: by priority, then by directory order (as `planReferrals` orders them). */
function referralsOf(ranks: readonly number[]): OutcomeReferral[] {
  const referrals: OutcomeReferral[] = [];
  for (let r = 0; r < priorities.length; r++) {
    for (let i = 0; i < serviceIds.length; i++)
      if (ranks[i] === r) referrals.push({ serviceId: serviceIds[i], priority: priorities[r] });
  }
  return referrals;
}

/**
 * A rule condition compiled for the enumeration: scalar leaves become a lookup in a table filled once per class
 * combination, and needs leaves a test on the bit mask of need classes chosen. Same meaning as `holds`.
 */
type Compiled = (scalar: readonly boolean[], needMask: number) => boolean;
function compile(
  condition: Condition,
  scalarLeaves: Leaf[],
  needLeafMask: (leaf: Extract<Leaf, { fact: 'needs' }>) => number,
): Compiled {
  if ('always' in condition) return () => true;
  if ('all' in condition) {
    const parts = condition.all.map((c) => compile(c, scalarLeaves, needLeafMask));
    return (s, m) => parts.every((p) => p(s, m));
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compile(c, scalarLeaves, needLeafMask));
    return (s, m) => parts.some((p) => p(s, m));
  }
  if ('not' in condition) {
    const inner = compile(condition.not, scalarLeaves, needLeafMask);
    return (s, m) => !inner(s, m);
  }
  if (condition.fact === 'needs') {
    const mask = needLeafMask(condition);
    return (_, m) => (m & mask) !== 0;
  }
  const index = scalarLeaves.push(condition) - 1;
  return (s) => s[index];
}

/** The outcome key of a plan: `service:priority` in plan order. Use it to match a `planReferrals` result. */
export function outcomeKey(referrals: readonly { serviceId: ServiceId; priority: Priority }[]): string {
  return referrals.map((r) => `${r.serviceId}:${r.priority}`).join(' ');
}

type Classes = ReturnType<typeof answerClasses>;

/**
 * Plan id → outcome index, as an open-addressing hash table over typed arrays: a `Map` keyed by numbers beyond
 * 2^31 boxes every key, and with 3 × 10^5 look-ups the garbage collector then costs more than the planning.
 */
class PlanTable {
  private keys = new Float64Array(1 << 16).fill(-1);
  private values = new Int32Array(1 << 16);
  private size = 0;
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    // Mix the high and low halves of the id into an index.
    let i = Math.imul((key % 4294967296) ^ Math.floor(key / 4294967296), 0x9e3779b1);
    i = (i ^ (i >>> 15)) & mask;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === key ? this.values[i] : -1;
  }
  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.keys[i] !== key) this.size += 1;
    this.keys[i] = key;
    this.values[i] = value;
  }
  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.size = 0;
    keys.forEach((key, i) => key !== -1 && this.set(key, values[i]));
  }
}

/** Split a mixed-radix number into its digits, first digit most significant. */
function dimensionIndices(n: number, sizes: readonly number[]): number[] {
  const digits = new Array<number>(sizes.length);
  for (let d = sizes.length - 1; d >= 0; d--) {
    digits[d] = n % sizes[d];
    n = Math.floor(n / sizes[d]);
  }
  return digits;
}

/** An outcome stored compactly (there are about 10^5 of them): its referrals and example are built when read. */
class CompactOutcome implements Outcome {
  private cachedReferrals?: OutcomeReferral[];
  private cachedExample?: Answers;
  constructor(
    readonly id: number,
    readonly count: number,
    /** The class combination of the example: indices into each dimension's classes, and the need-class mask. */
    private readonly combination: readonly number[],
    private readonly classes: Classes,
    private readonly coding: PlanCoding,
  ) {}
  get referrals(): OutcomeReferral[] {
    return (this.cachedReferrals ??= referralsOf(this.coding.decode(this.id)));
  }
  get key(): string {
    return outcomeKey(this.referrals);
  }
  priorityOf(serviceId: ServiceId): Priority | undefined {
    const rank = this.coding.rankAt(this.id, serviceIds.indexOf(serviceId));
    return rank === -1 ? undefined : priorities[rank];
  }
  get example(): Answers {
    return (this.cachedExample ??= exampleOf(this.combination, this.classes));
  }
}

function exampleOf(
  [role, danger, ageCare, region, indigenous, needMask]: readonly number[],
  classes: Classes,
): Answers {
  return {
    ...classes.role[role].representative,
    ...classes.danger[danger].representative,
    ...classes.ageCare[ageCare].representative,
    ...classes.region[region].representative,
    ...classes.indigenous[indigenous].representative,
    needs: classes.needs.filter((_, i) => needMask & (1 << i)).map((c) => c[0]),
  } as Answers;
}

/** The size of the answer space: every combination of answers the machine can produce. */
export function answerSpaceSize(): number {
  return (
    answerValues.role.length *
    answerValues.danger.length *
    answerValues.age.reduce((n, age) => n + (asksAboutCare(age) ? answerValues.inCare.length : 1), 0) *
    answerValues.region.length *
    answerValues.indigenous.length *
    2 ** answerValues.needs.length
  );
}

/**
 * Enumerate every distinct plan over every answer combination the machine can produce (see the module comment),
 * grouped, each with its simplest example and exact count. Pure; takes a fraction of a second.
 */
export function enumerateOutcomes(rules: readonly ReferralRule[] = referralRules): OutcomeCatalogue {
  const classes = answerClasses(rules);
  const needClasses = classes.needs;
  const scalarLeaves: Leaf[] = [];
  const needLeafMask = (leaf: Extract<Leaf, { fact: 'needs' }>) =>
    needClasses.reduce(
      (mask, members, i) => (members.some((n) => leaf.includesAny.includes(n)) ? mask | (1 << i) : mask),
      0,
    );
  // Rules that read no need are planned once per class combination, rules that read only needs once per set of
  // need classes, and only rules that read both (Indigenous and wants to learn more, say) on every step.
  const compiled = rules.map((rule) => {
    const firstLeaf = scalarLeaves.length;
    const test = compile(rule.when, scalarLeaves, needLeafMask);
    const facts = factsOf(rule.when);
    return {
      test,
      service: serviceIds.indexOf(rule.serviceId),
      rank: rankOf(rule.priority),
      needs: facts.some((use) => use.fact === 'needs'),
      scalars: facts.some((use) => use.fact !== 'needs'),
      // The scalar leaves this rule reads: `compile` appends them to `scalarLeaves` in order.
      leaves: Array.from({ length: scalarLeaves.length - firstLeaf }, (_, i) => firstLeaf + i),
    };
  });
  const scalarOnly = compiled.filter((r) => !r.needs);
  const needsOnly = compiled.filter((r) => r.needs && !r.scalars);
  const mixed = compiled.filter((r) => r.needs && r.scalars);
  const merge = (ranks: Int8Array, service: number, rank: number) => {
    if (ranks[service] === -1 || rank < ranks[service]) ranks[service] = rank;
  };

  const masks = Array.from({ length: 1 << needClasses.length }, (_, mask) => {
    let weight = 1;
    let needs = 0;
    needClasses.forEach((members, i) => {
      if (mask & (1 << i)) {
        weight *= 2 ** members.length - 1;
        needs += 1;
      }
    });
    const ranks = new Int8Array(serviceIds.length).fill(-1);
    for (const rule of needsOnly) if (rule.test([], mask)) merge(ranks, rule.service, rule.rank);
    return { mask, weight, needs, ranks };
  });

  const coding = planCoding(rules);
  const national = serviceIds.map((id) => nationalServices.has(id));
  // Outcomes found so far, by plan id: an index into flat arrays of counts, example combinations and their cost.
  const found = new PlanTable();
  const ids: number[] = [];
  const counts: number[] = [];
  const examples: number[] = [];
  const costs: number[] = [];
  const dims = [classes.role, classes.danger, classes.ageCare, classes.region, classes.indigenous] as const;
  const ranks = new Int8Array(serviceIds.length);
  const base = new Int8Array(serviceIds.length);
  let planned = 0;
  let total = 0;
  // Every class combination as one number: the five dimensions' class indices, then the need-class mask.
  const combinationCount = dims.reduce((n, d) => n * d.length, 1);
  const mixedLeaves = [...new Set(mixed.flatMap((rule) => rule.leaves))];
  const groups = new Map<string, Int32Array>();
  for (let combination = 0; combination < combinationCount; combination++) {
    const index = dimensionIndices(
      combination,
      dims.map((d) => d.length),
    );
    const scalars = Object.assign({}, ...index.map((i, d) => dims[d][i].representative)) as Answers;
    const scalarTruth = scalarLeaves.map((leaf) => holds(leaf, scalars));
    const weight = index.reduce((w, i, d) => w * dims[d][i].size, 1);
    // The plainest answers come first in each dimension, so a lower index sum reads plainer.
    const plainness = index.reduce((sum, i) => sum + i, 0);
    base.fill(-1);
    for (const rule of scalarOnly) if (rule.test(scalarTruth, 0)) merge(base, rule.service, rule.rank);
    // Class combinations with the same plan from the scalar-only rules, and the same answers to what the mixed
    // rules read, give the same plan for every set of needs: plan those once, then only add up the counts.
    // Outside Ontario only the national services are referred (`planReferrals`): such plans are never shared.
    const outside = scalars.region === 'outside-ontario';
    const groupKey = `${base.join(',')}|${mixedLeaves.map((i) => (scalarTruth[i] ? 1 : 0)).join('')}|${outside}`;
    const known = groups.get(groupKey);
    if (known) {
      for (let m = 0; m < masks.length; m++) {
        const at = known[m];
        const count = weight * masks[m].weight;
        const cost = masks[m].needs * 1000 + plainness;
        planned += 1;
        total += count;
        counts[at] += count;
        if (cost < costs[at]) {
          costs[at] = cost;
          examples[at] = combination * masks.length + m;
        }
      }
      continue;
    }
    const outcomeOfMask = new Int32Array(masks.length);
    groups.set(groupKey, outcomeOfMask);
    for (let m = 0; m < masks.length; m++) {
      const needSet = masks[m];
      for (let i = 0; i < ranks.length; i++) {
        const a = base[i];
        const b = needSet.ranks[i];
        ranks[i] = a === -1 ? b : b === -1 ? a : a < b ? a : b;
      }
      for (const rule of mixed) if (rule.test(scalarTruth, needSet.mask)) merge(ranks, rule.service, rule.rank);
      if (outside) for (let i = 0; i < ranks.length; i++) if (!national[i]) ranks[i] = -1;
      const id = coding.encode(ranks);
      const count = weight * needSet.weight;
      // Fewest needs first, then the plainest answers.
      const cost = needSet.needs * 1000 + plainness;
      planned += 1;
      total += count;
      const at = found.get(id);
      outcomeOfMask[m] = at === -1 ? ids.length : at;
      if (at === -1) {
        found.set(id, ids.length);
        ids.push(id);
        counts.push(count);
        examples.push(combination * masks.length + m);
        costs.push(cost);
      } else {
        counts[at] += count;
        if (cost < costs[at]) {
          costs[at] = cost;
          examples[at] = combination * masks.length + m;
        }
      }
    }
  }

  if (total !== answerSpaceSize()) {
    throw new Error(`[trainer/outcomes] The answer classes cover ${total} combinations, not ${answerSpaceSize()}.`);
  }
  const sizes = [...dims.map((d) => d.length), masks.length];
  const serviceTotals = serviceIds.map(() => priorities.map(() => 0));
  ids.forEach((id, at) => coding.decode(id).forEach((rank, i) => rank >= 0 && (serviceTotals[i][rank] += counts[at])));
  const outcomes = ids
    .map((id, at) => new CompactOutcome(id, counts[at], dimensionIndices(examples[at], sizes), classes, coding))
    .sort((a, b) => b.count - a.count || a.id - b.id);
  return {
    outcomes,
    total,
    planned,
    services: serviceIds.map((serviceId, i) => ({
      serviceId,
      byPriority: Object.fromEntries(priorities.map((p, r) => [p, serviceTotals[i][r]])) as Record<Priority, number>,
    })),
  };
}
