/**
 * A reproducible script of calls for the sustained-use run: the same seed always gives
 * the same calls, endings, reloads and notes, so a failure can be replayed exactly.
 */

/** mulberry32: a 32-bit state, good enough to shuffle a test script, and tiny. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** How the agent (or HubSpot) ends the call. */
export type Ending =
  /** Connected → End call → outcome and notes → Save call. */
  | 'connected'
  /** No answer → Save call. */
  | 'noAnswer'
  /** Busy → Save call. */
  | 'busy'
  /** Cancel call: ended and completed once its undo window (5 s) is over. */
  | 'cancel'
  /** Connected, then END_CALL from HubSpot → notes → Save call. */
  | 'hostEndsConnected'
  /** END_CALL from HubSpot while the handoff is shown → notes → Save call. */
  | 'hostEndsHandoff';

/** Where in a call the widget's iframe may be reloaded. */
export type ReloadPoint = 'handoff' | 'connected' | 'wrapUp';

/** The wrap-up outcomes an agent may pick by hand, by their radio labels. */
export const pickableOutcomes = ['Connected', 'Left voicemail', 'Left live message'] as const;
export type PickableOutcome = (typeof pickableOutcomes)[number];

export interface PlannedCall {
  index: number;
  /** The record in the simulator's list, and the label of its "Call …" button. */
  record: string;
  dialButton: string;
  /** The E.164 number HubSpot should hear in OUTGOING_CALL_STARTED. */
  toNumber: string;
  ending: Ending;
  reloads: ReadonlySet<ReloadPoint>;
  /** Set for a connected call: the outcome the agent picks instead of the default. */
  outcome: PickableOutcome | null;
  /** Typed before a wrap-up reload (all of it when there is none). */
  notesBefore: string;
  /** Typed after a wrap-up reload; empty without one. */
  notesAfter: string;
}

/** Numbers the simulator's records hold that the widget hands off at once. */
export const dialTargets = [
  { record: 'Emily Carter', dialButton: 'Call (410) 793-4326', toNumber: '+14107934326' },
  { record: 'Camille Durand', dialButton: 'Call +33 1 23 45 67 89', toNumber: '+33123456789' },
  { record: 'Camille Durand', dialButton: 'Call 06 12 34 56 78', toNumber: '+33612345678' },
  { record: 'Nguyễn Thị Lan', dialButton: 'Call +84 988 888 888', toNumber: '+84988888888' },
  { record: 'Alpenblick AG', dialButton: 'Call +41 44 668 18 00', toNumber: '+41446681800' },
] as const;

const endings: readonly { ending: Ending; weight: number }[] = [
  { ending: 'connected', weight: 35 },
  { ending: 'noAnswer', weight: 20 },
  { ending: 'busy', weight: 10 },
  { ending: 'cancel', weight: 15 },
  { ending: 'hostEndsConnected', weight: 12 },
  { ending: 'hostEndsHandoff', weight: 8 },
];

/** The points a call with this ending passes through, in order. */
export function reloadPointsOf(ending: Ending): readonly ReloadPoint[] {
  switch (ending) {
    case 'connected':
    case 'hostEndsConnected':
      return ['handoff', 'connected', 'wrapUp'];
    case 'noAnswer':
    case 'busy':
    case 'hostEndsHandoff':
      return ['handoff', 'wrapUp'];
    case 'cancel':
      return ['handoff'];
    default: {
      const unreachable: never = ending;
      return unreachable;
    }
  }
}

const words = ['wants', 'a', 'quote', 'call', 'back', 'Tuesday', 'pallets', 'customs', 'invoice'];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function sentence(random: () => number, wordCount: number): string {
  return Array.from({ length: wordCount }, () => pick(random, words)).join(' ');
}

function pickEnding(random: () => number): Ending {
  const total = endings.reduce((sum, { weight }) => sum + weight, 0);
  let left = random() * total;
  for (const { ending, weight } of endings) {
    left -= weight;
    if (left < 0) return ending;
  }
  return 'connected';
}

export interface PlanOptions {
  count: number;
  /** Chance that each point a call passes through is a reload: some calls reload twice. */
  reloadChance: number;
  /** Calls with an index in [from, until) may reload; the others never do. */
  reloadCalls: { from: number; until: number };
}

/** `count` calls in a row, the same for the same seed. */
export function planCalls(seed: number, options: PlanOptions): PlannedCall[] {
  const { count, reloadChance, reloadCalls } = options;
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const target = pick(random, dialTargets);
    const ending = pickEnding(random);
    const mayReload = index >= reloadCalls.from && index < reloadCalls.until;
    const reloads = new Set(
      reloadPointsOf(ending).filter(() => random() < reloadChance && mayReload),
    );
    const takesNotes =
      ending === 'connected' || ending === 'hostEndsConnected' || ending === 'hostEndsHandoff';
    const halfTyped = reloads.has('wrapUp');
    return {
      index,
      ...target,
      ending,
      reloads,
      outcome: ending === 'connected' && random() < 0.5 ? pick(random, pickableOutcomes) : null,
      notesBefore: takesNotes || halfTyped ? `#${index} ${sentence(random, 3)}` : '',
      notesAfter: halfTyped ? ` then ${sentence(random, 2)}` : '',
    };
  });
}
