import { assertNever } from './assert-never';
import type { SaidItemStart } from './agenda';
import { scorePrimaryCare } from './lexicon';
import type { AttendanceInterval, TalkSource } from './model';
import { computeOrganisationAnalytics, type OrganisationAnalytics } from './org-analytics';
import type { Resolution } from './org-resolution';
import { computeTalkTime, type TalkTimeStats, type TimedSpeech } from './talk-time';
import { isPrimaryCare, type SectorId } from './taxonomy';

/**
 * Agenda items: where they start (said by the chair, or set by the user),
 * and what happened under each: who spoke, each sector's and organisation's
 * share, primary care's share of the talk against its share of the people
 * present, the decisions and actions said, and primary care moments.
 */

/** A change the user made to the items. The user's edits win over what was said, and are applied in the order made. */
export type ItemEdit =
  | { readonly id: string; readonly kind: 'add'; readonly atMs: number; readonly title: string | null; readonly createdAtMs: number }
  | { readonly id: string; readonly kind: 'rename'; readonly itemKey: string; readonly title: string | null; readonly createdAtMs: number }
  /** Removing an item's start merges it into the item before. */
  | { readonly id: string; readonly kind: 'remove'; readonly itemKey: string; readonly createdAtMs: number }
  /** Moves an item's start (the boundary with the item before). */
  | { readonly id: string; readonly kind: 'move'; readonly itemKey: string; readonly atMs: number; readonly createdAtMs: number };

/** Where an item starts, after the user's edits. */
export interface ItemStart {
  /** `said:…` for a start the chair said, `user:<edit id>` for one the user added. */
  readonly key: string;
  readonly number: number | null;
  readonly title: string | null;
  readonly atMs: number;
  /** "said": found in what the chair said; "user": added by the user. */
  readonly source: 'said' | 'user';
  /** The caption the chair started it in (said starts only). */
  readonly utteranceId: string | null;
  /** The user renamed it or moved its start. */
  readonly isEdited: boolean;
}

/** A said start kept without its words when the transcript is deleted, with the primary care themes its talk had. */
export interface KeptItemStart extends SaidItemStart {
  readonly themes: readonly string[];
}

/** The said starts with the user's edits applied, in time order. Edits to starts no longer there are ignored. */
export function applyItemEdits(said: readonly SaidItemStart[], edits: readonly ItemEdit[]): ItemStart[] {
  const starts = new Map<string, ItemStart>(
    said.map((s) => [s.key, { key: s.key, number: s.number, title: s.title, atMs: s.atMs, source: 'said', utteranceId: s.utteranceId, isEdited: false }]),
  );
  for (const edit of [...edits].sort((a, b) => a.createdAtMs - b.createdAtMs || a.id.localeCompare(b.id))) {
    switch (edit.kind) {
      case 'add':
        starts.set(`user:${edit.id}`, { key: `user:${edit.id}`, number: null, title: edit.title, atMs: edit.atMs, source: 'user', utteranceId: null, isEdited: false });
        break;
      case 'rename': {
        const start = starts.get(edit.itemKey);
        if (start) starts.set(edit.itemKey, { ...start, title: edit.title, isEdited: true });
        break;
      }
      case 'remove':
        starts.delete(edit.itemKey);
        break;
      case 'move': {
        const start = starts.get(edit.itemKey);
        if (start) starts.set(edit.itemKey, { ...start, atMs: edit.atMs, isEdited: true });
        break;
      }
      default:
        assertNever(edit);
    }
  }
  return [...starts.values()].sort((a, b) => a.atMs - b.atMs || a.key.localeCompare(b.key));
}

/** An item's name as people say it: "Item 4: Winter access scheme", "Item 4", "Winter access scheme", or "Untitled item". */
export function itemLabel(item: { readonly number: number | null; readonly title: string | null }): string {
  if (item.number !== null && item.title) return `Item ${item.number}: ${item.title}`;
  if (item.number !== null) return `Item ${item.number}`;
  return item.title ?? 'Untitled item';
}

/** A decision or action said under an item: confirmed by the user, or suggested and not yet confirmed or dismissed. */
export interface ItemRecord {
  readonly id: string;
  /** "D-2026-003", for confirmed ones. */
  readonly ref: string | null;
  readonly kind: 'action' | 'decision';
  readonly text: string;
  readonly atMs: number;
  readonly isConfirmed: boolean;
  readonly owner: string | null;
  readonly organisation: string | null;
  readonly sector: SectorId | null;
  readonly dueDate: string | null;
  readonly dueIsNextMeeting: boolean;
}

/** A moment in an item where the talk was about primary care. */
export interface ItemMoment {
  readonly atMs: number;
  readonly speaker: string;
  readonly themes: readonly string[];
  readonly utteranceId: string;
}

/** One agenda item and what happened under it. */
export interface MeetingItem extends ItemStart {
  readonly startMs: number;
  /** The next item's start, or the end of the meeting (now, while it is live and this is the current item). */
  readonly endMs: number;
  readonly durationMs: number;
  /** The last item of a meeting still running. */
  readonly isCurrent: boolean;
  /** Talk under the item from the figures source shown, or null with no figures. */
  readonly talk: TalkTimeStats | null;
  /** Talk and attendance under the item by organisation, sector and group, with primary care's headline against the people present. */
  readonly organisations: OrganisationAnalytics;
  /** Someone from primary care spoke under the item. */
  readonly primaryCareSpoke: boolean;
  /** Why the item concerns primary care: its themes by the lexicon, and primary care organisations named under it. Empty when it does not. */
  readonly concern: { readonly themes: readonly string[]; readonly organisationsNamed: readonly string[] };
  readonly moments: readonly ItemMoment[];
  /** Decisions and actions said under the item. */
  readonly records: readonly ItemRecord[];
}

export type ItemFlagKind = 'decided-without-primary-care' | 'discussed-not-heard';

export interface ItemFlag {
  readonly kind: ItemFlagKind;
  /** In words a chair would accept. */
  readonly text: string;
}

/**
 * What a chair should know about an item: a decision taken on something that
 * concerns primary care when nobody from primary care spoke on it, or primary
 * care discussed without being heard. `confirmedOnly` counts only the
 * decisions the user confirmed (the summary); otherwise suggested ones count too.
 */
export function itemFlags(item: MeetingItem, options: { readonly confirmedOnly: boolean }): ItemFlag[] {
  const concerns = item.concern.themes.length > 0 || item.concern.organisationsNamed.length > 0;
  if (!concerns || item.primaryCareSpoke) return [];
  const decisions = item.records.filter((r) => r.kind === 'decision' && (r.isConfirmed || !options.confirmedOnly));
  if (decisions.length > 0) {
    return [{ kind: 'decided-without-primary-care', text: `Decided without primary care: ${decisions.length === 1 ? 'a decision was' : `${decisions.length} decisions were`} taken on this item, which concerns primary care, and nobody from primary care spoke on it.` }];
  }
  return [{ kind: 'discussed-not-heard', text: 'Primary care discussed, not heard: this item concerned primary care, and nobody from primary care spoke on it.' }];
}

/** The item a moment falls in, or null before the first item. */
export function itemAt<T extends { readonly startMs: number; readonly endMs: number }>(items: readonly T[], atMs: number): T | null {
  let found: T | null = null;
  for (const item of items) if (item.startMs <= atMs) found = item;
  return found;
}

/** What the per-item figures are worked out from. */
export interface ItemFiguresInput {
  readonly starts: readonly ItemStart[];
  /** The end of the meeting: its end, or now while it is live. */
  readonly endMs: number;
  readonly isLive: boolean;
  readonly source: TalkSource | null;
  /** Timed talk from the figures source shown (captions with their words). */
  readonly timed: readonly (TimedSpeech & { readonly id?: string })[];
  /** Captions with their words, for primary care moments and organisations named (empty after retention). */
  readonly captions: readonly { readonly id: string; readonly speaker: string; readonly text: string; readonly startMs: number; readonly isSpeakerUnknown?: boolean }[];
  readonly participants: readonly { readonly name: string; readonly intervals: readonly AttendanceInterval[] }[];
  readonly resolutions: ReadonlyMap<string, Resolution>;
  readonly records: readonly ItemRecord[];
  /** Themes kept for each said start when the words were deleted, by key. */
  readonly keptThemes: ReadonlyMap<string, readonly string[]>;
}

/** The part of a timed stretch inside a window; words are split at the same point, so a turn that starts an item is shared. */
function clip(item: TimedSpeech, fromMs: number, toMs: number): TimedSpeech | null {
  const startMs = Math.max(item.startMs, fromMs);
  const endMs = Math.min(item.endMs, toMs);
  if (item.startMs >= toMs || item.endMs < fromMs || (endMs <= startMs && !(item.startMs === item.endMs && item.startMs >= fromMs))) return null;
  if (startMs === item.startMs && endMs === item.endMs) return item;
  const lengthMs = item.endMs - item.startMs;
  if (item.text === undefined || lengthMs <= 0) {
    const part = lengthMs > 0 ? (endMs - startMs) / lengthMs : 1;
    return { speaker: item.speaker, startMs, endMs, ...(item.wordCount !== undefined ? { wordCount: Math.round(item.wordCount * part) } : {}) };
  }
  const at = (ms: number): number => Math.round((item.text!.length * (ms - item.startMs)) / lengthMs);
  return { speaker: item.speaker, startMs, endMs, text: item.text.slice(at(startMs), at(endMs)) };
}

function presentBetween(intervals: readonly AttendanceInterval[], fromMs: number, toMs: number): boolean {
  if (intervals.length === 0) return true;
  return intervals.some((i) => i.joinMs < toMs && (i.leaveMs === null || i.leaveMs > fromMs));
}

/** Names of primary care organisations present, as they might be said ("Brookside Surgery"). */
function primaryCareOrganisationNames(resolutions: ReadonlyMap<string, Resolution>): { name: string; pattern: RegExp }[] {
  const names = new Set<string>();
  for (const r of resolutions.values()) if (r.organisation && isPrimaryCare(r.sector) && r.organisation.name.length >= 4) names.add(r.organisation.name);
  return [...names].map((name) => ({ name, pattern: new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i') }));
}

/** An item concerns primary care when its title does, two of its captions do, or a primary care organisation is named under it. */
const CAPTIONS_TO_CONCERN = 2;

/** Per-item figures for every item. */
export function computeItems(input: ItemFiguresInput): MeetingItem[] {
  const organisationNames = primaryCareOrganisationNames(input.resolutions);
  return input.starts.map((start, i): MeetingItem => {
    const next = input.starts[i + 1];
    const startMs = start.atMs;
    const isLast = next === undefined;
    const endMs = Math.max(startMs, next ? next.atMs : input.endMs);
    const timed = input.timed.map((t) => clip(t, startMs, endMs)).filter((t): t is TimedSpeech => t !== null);
    const talk = input.source ? computeTalkTime(timed, input.source) : null;
    const present = input.participants.filter((p) => presentBetween(p.intervals, startMs, endMs)).map((p) => p.name);
    const organisations = computeOrganisationAnalytics({ talk, attendees: present, resolutions: input.resolutions });
    const primaryCareSpoke = (talk?.participants ?? []).some((p) => {
      const r = input.resolutions.get(p.speaker);
      return r?.kind === 'person' && isPrimaryCare(r.sector) && (p.talkMs > 0 || p.words > 0);
    });

    const inWindow = (ms: number): boolean => ms >= startMs && (ms < endMs || (isLast && ms <= endMs));
    const captions = input.captions.filter((c) => !c.isSpeakerUnknown && inWindow(c.startMs));
    const moments: ItemMoment[] = [];
    const themes = new Set<string>(start.title ? scorePrimaryCare(start.title).themes : []);
    const named = new Set<string>();
    let relevantCaptions = 0;
    for (const c of captions) {
      const score = scorePrimaryCare(c.text);
      if (score.isRelevant) {
        relevantCaptions += 1;
        moments.push({ atMs: c.startMs, speaker: c.speaker, themes: score.themes, utteranceId: c.id });
      }
      for (const o of organisationNames) if (o.pattern.test(c.text)) named.add(o.name);
    }
    if (relevantCaptions >= CAPTIONS_TO_CONCERN) for (const m of moments) for (const t of m.themes) themes.add(t);
    for (const t of input.keptThemes.get(start.key) ?? []) themes.add(t);

    return {
      ...start,
      startMs,
      endMs,
      durationMs: endMs - startMs,
      isCurrent: isLast && input.isLive,
      talk,
      organisations,
      primaryCareSpoke,
      concern: { themes: [...themes], organisationsNamed: [...named] },
      moments,
      records: input.records.filter((r) => inWindow(r.atMs)),
    };
  });
}
