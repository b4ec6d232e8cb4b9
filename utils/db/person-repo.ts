import { parseDisplayName } from '../core/display-name-parser';
import { mappingKey } from '../core/org-resolution';
import type { SummaryModel } from '../core/summary';
import type { ActionRow, MeetingDb, MeetingRow, SummaryRow } from './database';
import { refreshFigures } from './meetings-repo';
import type { TableName } from './rows';

/*
 * Everything about one person, for a subject access request or the right to
 * erasure: find it, and delete it. A person is known by the display names
 * they appeared under (a Meet name, an NHSmail name in Teams, a name typed
 * into the tally), chosen by the user, since the same person can appear
 * under several.
 */

/** What stands in for a person's name where someone else said it. */
export const NAME_REMOVED = '[name removed]';

/**
 * What deleting a person does to each table, in words (the options page and
 * docs/information-governance.md say the same). Every table the database has
 * is listed, so a new table cannot hold names unnoticed:
 * tests/db/person-repo.test.ts fails until it is added here.
 */
export const PERSON_DATA_TABLES: Readonly<Record<TableName, string>> = {
  meetings: 'their name as the recording user, their tally button and number key, and their introductions are removed; their name in titles (of the meeting and of its agenda items) is replaced, and where they chaired an item they are no longer named; figures are recounted, and the series evidence kept with each meeting is dropped, to be worked out again without them',
  sessions: 'holds no names',
  utterances: 'their captions are deleted; their full name in other people’s captions is replaced',
  speechSegments: 'their speaking times are deleted',
  participants: 'their attendance is deleted',
  counters: 'holds no names (counts of refused messages)',
  manualSegments: 'their tally turns are deleted',
  organisations: 'holds no people (the organisation directory)',
  mappings: 'the organisation remembered for their name is forgotten',
  odsImports: 'holds no people (ODS file imports)',
  actions: 'they are taken off as owner, a quote of their words is removed, and their full name in the wording and updates is replaced; the action or decision stays',
  dismissals: 'holds no names (dismissed suggestions by id)',
  settings: 'holds no names',
  summaries: 'their lines and quotes are taken out of kept summaries, and their name is replaced',
  itemEdits: 'their full name in agenda item titles you typed is replaced',
};

/** A display name found in the database, with where it appears. */
export interface KnownName {
  readonly name: string;
  readonly meetingCount: number;
  readonly lastSeenAtMs: number;
}

/** What the database holds about a person, counted. */
export interface PersonDataReport {
  readonly names: readonly string[];
  readonly meetings: readonly { readonly id: string; readonly title: string; readonly startedAtMs: number; readonly isLive: boolean }[];
  /** Captions they spoke. */
  readonly captions: number;
  /** Stretches of speech seen on a speaking indicator. */
  readonly speakingTimes: number;
  /** Attendance rows (one per meeting). */
  readonly attendance: number;
  readonly tallyTurns: number;
  readonly introductions: number;
  readonly actionsOwned: number;
  readonly rememberedChoices: number;
  /** Captions, actions, titles and kept summaries where someone else named them in full. */
  readonly mentions: number;
  readonly summaries: number;
}

/** Why a person's data could not be deleted; the message is for the user. */
export class PersonDataError extends Error {}

const TITLES = /^(?:dr|doctor|prof|professor|mr|mrs|ms|miss|mx|cllr|councillor|sir|dame|rev|revd|the rev)\.?\s+/i;

/**
 * The ways a person's name is written that are safe to look for in other
 * people's words: each display name, the person's name read from it
 * ("Tom Richards" from `RICHARDS, Tom (TOWNSHIPS 1 PCN)`), and that name
 * without a title. Only names of two words or more: a first name alone
 * would also find other people.
 */
export function mentionFormsOf(names: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const name of names) {
    const cleaned = name.replace(/\s+/g, ' ').trim();
    const person = parseDisplayName(cleaned).personName.replace(/\s+/g, ' ').trim();
    for (const form of [cleaned, person, person.replace(TITLES, ''), cleaned.replace(TITLES, '')]) {
      if (form.split(' ').length >= 2) forms.add(form);
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces whole-word, case-insensitive mentions of any form with {@link NAME_REMOVED}. */
function mentionReplacer(forms: readonly string[]): { test(text: string): boolean; replace(text: string): string } {
  if (!forms.length) return { test: () => false, replace: (text) => text };
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    test: (text) => {
      pattern.lastIndex = 0;
      return pattern.test(text);
    },
    replace: (text) => text.replace(pattern, NAME_REMOVED),
  };
}

/** `text` cut to `max` characters, as its row schema allows (a replacement can be longer than the name). */
function fit(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/** Whether `name` is one of the chosen names, or a way of writing one (case and spaces aside). */
function matcher(names: readonly string[]): (name: string | null | undefined) => boolean {
  const wanted = new Set([...names, ...mentionFormsOf(names)].map((n) => n.replace(/\s+/g, ' ').trim().toLowerCase()));
  return (name) => !!name && wanted.has(name.replace(/\s+/g, ' ').trim().toLowerCase());
}

function cleanNames(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

/**
 * Every person's name the database holds (attendance, captions, speaking
 * times, tally, the recording user, remembered choices, action owners),
 * with how many meetings each appears in, by name. Captions shown without a
 * speaker are not a name.
 */
export async function listKnownNames(db: MeetingDb): Promise<KnownName[]> {
  const seen = new Map<string, { meetings: Set<string>; lastSeenAtMs: number }>();
  const meetings = new Map((await db.meetings.toArray()).map((m) => [m.id, m]));
  const note = (name: string | null | undefined, meetingId: string | null, atMs: number): void => {
    const cleaned = name?.replace(/\s+/g, ' ').trim();
    if (!cleaned) return;
    const entry = seen.get(cleaned) ?? { meetings: new Set<string>(), lastSeenAtMs: 0 };
    if (meetingId) entry.meetings.add(meetingId);
    entry.lastSeenAtMs = Math.max(entry.lastSeenAtMs, atMs);
    seen.set(cleaned, entry);
  };
  const startOf = (meetingId: string): number => meetings.get(meetingId)?.startedAtMs ?? 0;
  for (const m of meetings.values()) {
    note(m.selfName, m.id, m.startedAtMs);
    for (const party of m.tallyParties ?? []) note(party, m.id, m.startedAtMs);
  }
  await db.participants.each((p) => note(p.name, p.meetingId, startOf(p.meetingId)));
  await db.utterances.each((u) => {
    if (!u.isSpeakerUnknown) note(u.speaker, u.meetingId, u.startMs);
  });
  await db.speechSegments.each((s) => note(s.speaker, s.meetingId, s.startMs));
  await db.manualSegments.each((s) => note(s.party, s.meetingId, s.startMs));
  await db.mappings.each((m) => note(m.displayName, null, m.savedAtMs));
  await db.actions.each((a) => note(a.owner, a.meetingId, a.createdAtMs));
  return [...seen]
    .map(([name, entry]) => ({ name, meetingCount: entry.meetings.size, lastSeenAtMs: entry.lastSeenAtMs }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' }));
}

function summaryStrings(model: SummaryModel): string[] {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(model);
  return strings;
}

/** A copy of `value` with every string passed through `replace`. */
function mapStrings<T>(value: T, replace: (text: string) => string): T {
  if (typeof value === 'string') return replace(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, replace)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, replace)])) as T;
  }
  return value;
}

/** A kept summary without the person: their moments and excerpt lines taken out, their name replaced. */
function summaryWithout(model: SummaryModel, isThem: (name: string) => boolean, replace: (text: string) => string): SummaryModel {
  // A summary names people as "Tom Richards (Townships 1 PCN)".
  const isThemWho = (who: string): boolean => isThem(who) || isThem(who.replace(/\s*\([^()]*\)$/, ''));
  const trimmed: SummaryModel = {
    ...model,
    topics: model.topics.map((topic) => ({ ...topic, moments: topic.moments.filter((m) => !isThemWho(m.who)) })),
    excerpts: model.excerpts.map((e) => ({ ...e, lines: e.lines.filter((l) => !isThemWho(l.who)) })).filter((e) => e.lines.length > 0),
  };
  return mapStrings(trimmed, (text) => fit(replace(text), 5_000));
}

function isMeetingAbout(meeting: MeetingRow, isThem: (name: string | null | undefined) => boolean): boolean {
  return isThem(meeting.selfName) || (meeting.tallyParties ?? []).some(isThem) || (meeting.introductions ?? []).some((i) => isThem(i.speaker) || isThem(i.personName)) || (meeting.itemStarts ?? []).some((start) => isThem(start.speaker));
}

/**
 * Counts what the database holds about the person known by `names`: the
 * meetings they appear in, their captions, speaking times, attendance, tally
 * turns, introductions, actions they own, the organisation remembered for
 * them, and where others named them in full.
 */
export async function findPersonData(db: MeetingDb, names: readonly string[]): Promise<PersonDataReport> {
  const chosen = cleanNames(names);
  const isThem = matcher(chosen);
  const mentions = mentionReplacer(mentionFormsOf(chosen));
  const meetingIds = new Set<string>();
  let captions = 0;
  let mentionCount = 0;
  await db.utterances.each((u) => {
    if (isThem(u.speaker)) {
      captions += 1;
      meetingIds.add(u.meetingId);
    } else if (mentions.test(u.text)) {
      mentionCount += 1;
    }
  });
  const speechSegments = (await db.speechSegments.toArray()).filter((s) => isThem(s.speaker));
  const participants = (await db.participants.toArray()).filter((p) => isThem(p.name));
  const manualSegments = (await db.manualSegments.toArray()).filter((s) => isThem(s.party));
  for (const row of [...speechSegments, ...participants, ...manualSegments]) meetingIds.add(row.meetingId);
  const allMeetings = await db.meetings.toArray();
  let introductions = 0;
  for (const m of allMeetings) {
    if (isMeetingAbout(m, isThem)) meetingIds.add(m.id);
    introductions += (m.introductions ?? []).filter((i) => isThem(i.speaker) || isThem(i.personName)).length;
    if (m.title && mentions.test(m.title)) mentionCount += 1;
  }
  const actions = await db.actions.toArray();
  const owned = actions.filter((a) => isThem(a.owner));
  for (const a of owned) meetingIds.add(a.meetingId);
  mentionCount += actions.filter((a) => !isThem(a.owner) && actionMentions(a, mentions.test)).length;
  const summaries = (await db.summaries.toArray()).filter((s) => summaryStrings(s.model).some((text) => isThem(text) || mentions.test(text)));
  const remembered = (await db.mappings.toArray()).filter((m) => isThem(m.displayName)).length;
  const meetings = allMeetings
    .filter((m) => meetingIds.has(m.id))
    .sort((a, b) => b.startedAtMs - a.startedAtMs)
    .map((m) => ({ id: m.id, title: m.title ?? m.code ?? 'Untitled meeting', startedAtMs: m.startedAtMs, isLive: m.endedAtMs === null }));
  return {
    names: chosen,
    meetings,
    captions,
    speakingTimes: speechSegments.length,
    attendance: participants.length,
    tallyTurns: manualSegments.length,
    introductions,
    actionsOwned: owned.length,
    rememberedChoices: remembered,
    mentions: mentionCount,
    summaries: summaries.length,
  };
}

function actionMentions(action: ActionRow, test: (text: string) => boolean): boolean {
  return test(action.text) || (action.quote !== null && test(action.quote)) || action.updates.some((u) => test(u.text));
}

/**
 * Deletes everything the database holds about the person known by `names`,
 * in one transaction over every table that holds a name or their words (see
 * {@link PERSON_DATA_TABLES}): their captions, speaking times, attendance and
 * tally turns go; they are taken off actions they own (the action stays, as
 * the meeting's record) and out of kept summaries; where others named them
 * in full, the name becomes "[name removed]"; the organisation remembered
 * for them is forgotten; ended meetings' figures are recounted without them.
 * Refused while a meeting they are in is being recorded, since capture would
 * write them back. Returns what was found, as {@link findPersonData} counts it.
 */
export async function deletePersonData(db: MeetingDb, names: readonly string[]): Promise<PersonDataReport> {
  const chosen = cleanNames(names);
  if (!chosen.length) throw new PersonDataError('Choose at least one name first.');
  const isThem = matcher(chosen);
  const mentions = mentionReplacer(mentionFormsOf(chosen));
  const tables = [db.meetings, db.utterances, db.speechSegments, db.participants, db.manualSegments, db.mappings, db.actions, db.summaries, db.itemEdits];
  return db.transaction('rw', tables, async () => {
    const report = await findPersonData(db, chosen);
    const live = report.meetings.filter((m) => m.isLive);
    if (live.length) {
      throw new PersonDataError(
        `${live.map((m) => `“${m.title}”`).join(', ')} ${live.length === 1 ? 'is' : 'are'} being recorded now, with this person in it. Delete their data once the call has ended; nothing was deleted.`,
      );
    }
    const theirUtteranceIds = new Set<string>();
    await db.utterances
      .filter((u) => isThem(u.speaker))
      .each((u) => {
        theirUtteranceIds.add(u.id);
      });
    await db.utterances.bulkDelete([...theirUtteranceIds]);
    await db.utterances
      .filter((u) => mentions.test(u.text))
      .modify((u) => {
        u.text = fit(mentions.replace(u.text), 50_000);
      });
    await db.speechSegments.filter((s) => isThem(s.speaker)).delete();
    await db.participants.filter((p) => isThem(p.name)).delete();
    await db.manualSegments.filter((s) => isThem(s.party)).delete();
    for (const name of chosen) await db.mappings.delete(mappingKey(name));
    await db.mappings.filter((m) => isThem(m.displayName)).delete();

    const saidByThem = (suggestionId: string | null): boolean => suggestionId !== null && theirUtteranceIds.has(suggestionId.split('#')[0]!);
    await db.actions
      .filter((a) => isThem(a.owner) || saidByThem(a.suggestionId) || actionMentions(a, mentions.test))
      .modify((a) => {
        if (isThem(a.owner)) a.owner = null;
        a.quote = saidByThem(a.suggestionId) || a.quote === null ? null : fit(mentions.replace(a.quote), 2_000);
        a.text = fit(mentions.replace(a.text), 1_000);
        a.updates = a.updates.map((u) => ({ ...u, text: fit(mentions.replace(u.text), 1_000) }));
      });

    await db.itemEdits
      .filter((e) => 'title' in e && e.title !== null && mentions.test(e.title))
      .modify((e) => {
        if ('title' in e && e.title !== null) e.title = fit(mentions.replace(e.title), 300);
      });

    const keptSummaries: SummaryRow[] = await db.summaries.toArray();
    for (const row of keptSummaries) {
      const model = summaryWithout(row.model, isThem, mentions.replace);
      if (JSON.stringify(model) !== JSON.stringify(row.model)) await db.summaries.put({ ...row, model });
    }

    for (const meeting of await db.meetings.toArray()) {
      const touched = report.meetings.some((m) => m.id === meeting.id);
      const title = meeting.title === null ? null : fit(mentions.replace(meeting.title), 500);
      // A meeting they were not in may still name them: in an item's title or a kept introduction's words.
      const isNamedInItems = (meeting.itemStarts ?? []).some((s) => isThem(s.speaker) || (s.title !== null && mentions.replace(s.title) !== s.title));
      const isNamedInIntroductions = (meeting.introductions ?? []).some((i) => isThem(i.speaker) || isThem(i.personName) || mentions.replace(i.quote) !== i.quote);
      if (!touched && title === meeting.title && !isNamedInItems && !isNamedInIntroductions && meeting.evidence === undefined) continue;
      await db.meetings.update(meeting.id, {
        // Kept series evidence may name them as a voice for primary care or an ally: it is worked out again when next needed.
        evidence: undefined,
        title,
        selfName: isThem(meeting.selfName) ? null : meeting.selfName,
        ...(meeting.tallyParties ? { tallyParties: meeting.tallyParties.filter((p) => !isThem(p)) } : {}),
        ...(meeting.tallyKeys ? { tallyKeys: meeting.tallyKeys.map((k) => (isThem(k) ? null : k)) } : {}),
        ...(meeting.itemStarts
          ? {
              itemStarts: meeting.itemStarts.map((start) => ({
                ...start,
                speaker: isThem(start.speaker) ? NAME_REMOVED : start.speaker,
                title: start.title === null ? null : fit(mentions.replace(start.title), 300),
              })),
            }
          : {}),
        ...(meeting.introductions
          ? {
              introductions: meeting.introductions
                .filter((i) => !isThem(i.speaker) && !isThem(i.personName))
                .map((i) => ({ ...i, quote: fit(mentions.replace(i.quote), 2_000) })),
            }
          : {}),
      });
      if (touched && meeting.endedAtMs !== null) await refreshFigures(db, meeting.id);
    }
    return report;
  });
}

/** What is held about a person, as a file for a subject access request. */
export interface PersonDataFile {
  readonly format: 'primary-care-meeting-companion/person-data';
  readonly version: 1;
  readonly createdAt: string;
  readonly names: readonly string[];
  readonly note: string;
  readonly meetings: readonly { readonly id: string; readonly title: string; readonly platform: string; readonly startedAt: string; readonly endedAt: string | null }[];
  readonly captions: readonly { readonly meetingId: string; readonly at: string; readonly speaker: string; readonly text: string }[];
  readonly attendance: readonly { readonly meetingId: string; readonly name: string; readonly intervals: readonly { readonly joined: string; readonly left: string | null }[] }[];
  readonly speakingTimes: readonly { readonly meetingId: string; readonly speaker: string; readonly from: string; readonly to: string }[];
  readonly tallyTurns: readonly { readonly meetingId: string; readonly party: string; readonly from: string; readonly to: string | null }[];
  readonly introductions: readonly { readonly meetingId: string; readonly speaker: string; readonly organisation: string | null; readonly title: string | null; readonly quote: string }[];
  readonly actionsOwned: readonly { readonly ref: string; readonly meetingId: string; readonly text: string; readonly owner: string | null; readonly organisation: string | null; readonly dueDate: string | null; readonly status: string; readonly quote: string | null }[];
  readonly rememberedOrganisations: readonly { readonly displayName: string; readonly organisationName: string; readonly sector: string; readonly savedAt: string }[];
  /** Other people's captions that name them in full: other people's words too, so check before disclosing. */
  readonly mentionedBy: readonly { readonly meetingId: string; readonly at: string; readonly speaker: string; readonly text: string }[];
}

/**
 * Everything held about the person known by `names`, as one file: the
 * meetings they appear in, their captions, attendance, speaking times, tally
 * turns, introductions, the actions they own, the organisation remembered
 * for them, and other people's captions that name them in full. Text passes
 * through `filterText` (the patient-data redaction every export applies).
 */
export async function collectPersonData(db: MeetingDb, names: readonly string[], nowMs: number, filterText: (text: string) => string): Promise<PersonDataFile> {
  const chosen = cleanNames(names);
  const isThem = matcher(chosen);
  const mentions = mentionReplacer(mentionFormsOf(chosen));
  const iso = (ms: number): string => new Date(ms).toISOString();
  const report = await findPersonData(db, chosen);
  const meetingIds = new Set(report.meetings.map((m) => m.id));
  const meetings = (await db.meetings.bulkGet([...meetingIds])).filter((m): m is MeetingRow => m !== undefined);
  const captions: PersonDataFile['captions'][number][] = [];
  const mentionedBy: PersonDataFile['mentionedBy'][number][] = [];
  await db.utterances.each((u) => {
    const row = { meetingId: u.meetingId, at: iso(u.startMs), speaker: u.speaker, text: filterText(u.text) };
    if (isThem(u.speaker)) captions.push(row);
    else if (mentions.test(u.text)) mentionedBy.push(row);
  });
  const byTime = (a: { at: string }, b: { at: string }): number => a.at.localeCompare(b.at);
  return {
    format: 'primary-care-meeting-companion/person-data',
    version: 1,
    createdAt: iso(nowMs),
    names: chosen,
    note: 'Everything this browser’s Primary Care Meeting Companion holds about this person. "mentionedBy" holds other people’s words that name them: check it before disclosing.',
    meetings: meetings
      .sort((a, b) => a.startedAtMs - b.startedAtMs)
      .map((m) => ({ id: m.id, title: m.title ?? m.code ?? 'Untitled meeting', platform: m.platform, startedAt: iso(m.startedAtMs), endedAt: m.endedAtMs === null ? null : iso(m.endedAtMs) })),
    captions: captions.sort(byTime),
    attendance: (await db.participants.toArray())
      .filter((p) => isThem(p.name))
      .map((p) => ({ meetingId: p.meetingId, name: p.name, intervals: p.intervals.map((i) => ({ joined: iso(i.joinMs), left: i.leaveMs === null ? null : iso(i.leaveMs) })) })),
    speakingTimes: (await db.speechSegments.toArray())
      .filter((s) => isThem(s.speaker))
      .map((s) => ({ meetingId: s.meetingId, speaker: s.speaker, from: iso(s.startMs), to: iso(s.endMs) })),
    tallyTurns: (await db.manualSegments.toArray())
      .filter((s) => isThem(s.party))
      .map((s) => ({ meetingId: s.meetingId, party: s.party, from: iso(s.startMs), to: s.endMs === null ? null : iso(s.endMs) })),
    introductions: meetings.flatMap((m) =>
      (m.introductions ?? [])
        .filter((i) => isThem(i.speaker) || isThem(i.personName))
        .map((i) => ({ meetingId: m.id, speaker: i.speaker, organisation: i.organisationText, title: i.title, quote: filterText(i.quote) })),
    ),
    actionsOwned: (await db.actions.toArray())
      .filter((a) => isThem(a.owner))
      .map((a) => ({
        ref: a.ref,
        meetingId: a.meetingId,
        text: filterText(a.text),
        owner: a.owner,
        organisation: a.organisation,
        dueDate: a.dueDate,
        status: a.status,
        quote: a.quote === null ? null : filterText(a.quote),
      })),
    rememberedOrganisations: (await db.mappings.toArray())
      .filter((m) => isThem(m.displayName))
      .map((m) => ({ displayName: m.displayName, organisationName: m.organisationName, sector: m.sector, savedAt: iso(m.savedAtMs) })),
    mentionedBy: mentionedBy.sort(byTime),
  };
}
