import { assertNever } from './assert-never';

/** One turn recorded by hand: `party` (a person or an organisation) spoke from `startMs` to `endMs`. */
export interface TallySegment {
  readonly id: string;
  readonly party: string;
  readonly startMs: number;
  /** null while this party is still speaking. */
  readonly endMs: number | null;
}

/** A change to the stored tally, planned by the functions below and applied by the repository. */
export type TallyChange =
  | { readonly kind: 'open'; readonly segment: TallySegment }
  | { readonly kind: 'close'; readonly id: string; readonly endMs: number }
  | { readonly kind: 'delete'; readonly id: string }
  | { readonly kind: 'reopen'; readonly id: string };

function openSegment(segments: readonly TallySegment[]): TallySegment | undefined {
  return segments.find((s) => s.endMs === null);
}

/**
 * Tapping a party: whoever was speaking stops, `party` starts. Tapping the
 * party already speaking changes nothing.
 */
export function planTallyTap(
  segments: readonly TallySegment[],
  party: string,
  atMs: number,
  newId: string,
): TallyChange[] {
  const open = openSegment(segments);
  if (open?.party === party) return [];
  const changes: TallyChange[] = [];
  if (open) changes.push({ kind: 'close', id: open.id, endMs: Math.max(atMs, open.startMs) });
  changes.push({ kind: 'open', segment: { id: newId, party, startMs: atMs, endMs: null } });
  return changes;
}

/** Marking silence: whoever was speaking stops. */
export function planTallySilence(segments: readonly TallySegment[], atMs: number): TallyChange[] {
  const open = openSegment(segments);
  return open ? [{ kind: 'close', id: open.id, endMs: Math.max(atMs, open.startMs) }] : [];
}

/**
 * Undoing the last tap. If someone is speaking, their turn is removed and the
 * turn it ended (if any) continues; if it is silent, the last turn continues.
 * Repeated undos walk further back.
 */
export function planTallyUndo(segments: readonly TallySegment[]): TallyChange[] {
  const latest = [...segments].sort((a, b) => b.startMs - a.startMs || b.id.localeCompare(a.id))[0];
  if (!latest) return [];
  if (latest.endMs !== null) return [{ kind: 'reopen', id: latest.id }];
  const endedByIt = segments
    .filter((s) => s.id !== latest.id && s.endMs === latest.startMs)
    .sort((a, b) => b.startMs - a.startMs)[0];
  return endedByIt
    ? [{ kind: 'delete', id: latest.id }, { kind: 'reopen', id: endedByIt.id }]
    : [{ kind: 'delete', id: latest.id }];
}

/** Applies changes to a list of segments (what the repository does to the table). */
export function applyTallyChanges(segments: readonly TallySegment[], changes: readonly TallyChange[]): TallySegment[] {
  let result = [...segments];
  for (const change of changes) {
    switch (change.kind) {
      case 'open':
        result.push(change.segment);
        break;
      case 'close':
        result = result.map((s) => (s.id === change.id ? { ...s, endMs: change.endMs } : s));
        break;
      case 'delete':
        result = result.filter((s) => s.id !== change.id);
        break;
      case 'reopen':
        result = result.map((s) => (s.id === change.id ? { ...s, endMs: null } : s));
        break;
      default:
        assertNever(change);
    }
  }
  return result;
}

/** Tally segments as timed speech for talk time, an open turn running until `nowMs`. */
export function tallyAsSpeech<T extends Omit<TallySegment, 'id'>>(segments: readonly T[], nowMs: number): { speaker: string; startMs: number; endMs: number }[] {
  return segments.map((s) => ({ speaker: s.party, startMs: s.startMs, endMs: s.endMs ?? Math.max(nowMs, s.startMs) }));
}

/** The outcome of checking a name typed into the tally. */
export type PartyNameCheck = { readonly ok: true; readonly name: string } | { readonly ok: false; readonly error: string };

/** Longest name or organisation the tally accepts. */
export const MAX_PARTY_NAME_LENGTH = 120;

/** Checks a person or organisation typed into the tally, saying plainly what is wrong. */
export function checkPartyName(input: string, existing: readonly string[]): PartyNameCheck {
  const name = input.replace(/\s+/g, ' ').trim();
  if (!name) return { ok: false, error: 'Type a name or an organisation first.' };
  if (name.length > MAX_PARTY_NAME_LENGTH) {
    return { ok: false, error: `Names can be at most ${MAX_PARTY_NAME_LENGTH} characters.` };
  }
  if (existing.some((e) => e.toLowerCase() === name.toLowerCase())) {
    return { ok: false, error: `"${name}" is already in the tally.` };
  }
  return { ok: true, name };
}

/** How many parties can have a number key (1 to 9). */
export const TALLY_KEY_COUNT = 9;

/**
 * The tally's number keys: slot `i` is key `i + 1`, holding a party or null
 * when free. Stored with the meeting, so a key never moves to someone else
 * when people join or leave.
 */
export type TallyKeys = readonly (string | null)[];

function normaliseKeys(keys: TallyKeys | undefined): (string | null)[] {
  return Array.from({ length: TALLY_KEY_COUNT }, (_, i) => keys?.[i] ?? null);
}

/** The number key (1 to 9) a party has, or null. */
export function tallyKeyOf(keys: TallyKeys | undefined, party: string): number | null {
  const index = (keys ?? []).indexOf(party);
  return index >= 0 && index < TALLY_KEY_COUNT ? index + 1 : null;
}

/**
 * Gives `party` the lowest free number key, if it has none and one is free:
 * parties get keys in the order they are added or first tapped. Returns the
 * same keys when nothing changes.
 */
export function planTallyKey(keys: TallyKeys | undefined, party: string): TallyKeys {
  const slots = normaliseKeys(keys);
  if (slots.includes(party)) return keys ?? slots;
  const free = slots.indexOf(null);
  if (free < 0) return keys ?? slots;
  slots[free] = party;
  return slots;
}

/**
 * The user gives `party` key `key` (1 to 9), or takes its key away (null).
 * Whoever had that key gets `party`'s old key, or none: two parties never
 * share a key.
 */
export function reassignTallyKey(keys: TallyKeys | undefined, party: string, key: number | null): TallyKeys {
  const slots = normaliseKeys(keys);
  const from = slots.indexOf(party);
  if (from >= 0) slots[from] = null;
  if (key === null || !Number.isInteger(key) || key < 1 || key > TALLY_KEY_COUNT) return slots;
  const displaced = slots[key - 1] ?? null;
  slots[key - 1] = party;
  if (displaced !== null && from >= 0) slots[from] = displaced;
  return slots;
}
