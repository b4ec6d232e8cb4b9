// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  meetingFactsSchema,
  rosterSnapshotSchema,
  utteranceUpdateSchema,
} from '@/utils/core/model';
import {
  MAX_CAPTION_CHARS,
  MAX_NAME_CHARS,
  MAX_ROSTER_PARTICIPANTS,
  MAX_TITLE_CHARS,
  clampText,
  cleanPageText,
} from '@/utils/platforms/dom';
import { meetAdapter } from '@/utils/platforms/meet/adapter';
import { teamsAdapter } from '@/utils/platforms/teams/adapter';
import { loadFixtureDocument } from '../helpers/fixtures';

const meetPage = (): Document => loadFixtureDocument('meet/2026-11-22-in-call-captions.html');
const teamsPage = (): Document => loadFixtureDocument('teams/2026-11-22-host-captions.html');
const meetUrl = new URL('https://meet.google.com/pcc-shef-nov');
const teamsUrl = new URL('https://teams.microsoft.com/v2/');

function firstMeetRow(doc: Document): Element {
  return meetAdapter.listCaptionRows(meetAdapter.findCaptionRegion(doc)!)[0]!;
}

function firstTeamsRow(doc: Document): Element {
  return teamsAdapter.listCaptionRows(teamsAdapter.findCaptionRegion(doc)!)[0]!;
}

function utterance(speaker: string, text: string) {
  return { id: 's:1', speaker, isSelf: false, isSpeakerUnknown: false, text, startMs: 1, endMs: 2, isFinal: false };
}

describe('the protocol limits the adapters keep to', () => {
  it('match the zod schemas the background parses with', () => {
    const name = 'n'.repeat(MAX_NAME_CHARS);
    expect(utteranceUpdateSchema.safeParse(utterance(name, 't'.repeat(MAX_CAPTION_CHARS))).success).toBe(true);
    expect(utteranceUpdateSchema.safeParse(utterance(`${name}n`, 't')).success).toBe(false);
    expect(utteranceUpdateSchema.safeParse(utterance(name, 't'.repeat(MAX_CAPTION_CHARS + 1))).success).toBe(false);
    const facts = { code: null, title: 't'.repeat(MAX_TITLE_CHARS), selfName: name };
    expect(meetingFactsSchema.safeParse(facts).success).toBe(true);
    expect(meetingFactsSchema.safeParse({ ...facts, title: `${facts.title}t` }).success).toBe(false);
    const participants = Array.from({ length: MAX_ROSTER_PARTICIPANTS + 1 }, (_, i) => ({ name: `P${i}`, isSelf: false }));
    const roster = { atMs: 1, source: 'tiles', isComplete: false, participants };
    expect(rosterSnapshotSchema.safeParse({ ...roster, participants: participants.slice(1) }).success).toBe(true);
    expect(rosterSnapshotSchema.safeParse(roster).success).toBe(false);
  });
});

describe('cleanPageText', () => {
  it('never cuts an emoji in half', () => {
    expect(clampText('ab😀', 3)).toBe('ab');
    expect(clampText('ab😀', 4)).toBe('ab😀');
  });

  it('removes NUL and other control characters, which break the Word export', () => {
    expect(cleanPageText('Hel\u0000len\u0007 Marsh', 100)).toBe('Hellen Marsh');
  });

  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['bidi controls', '\u202e\u2066\u200f'],
    ['NULs', '\u0000\u0000'],
    ['a byte order mark and spaces', '\ufeff \u00a0'],
  ])('treats text of only %s as no text', (_, raw) => {
    expect(cleanPageText(raw, 100)).toBe('');
  });

  it('keeps right-to-left text and its marks', () => {
    expect(cleanPageText('\u200fד"ר שרה כהן', 100)).toBe('\u200fד"ר שרה כהן');
  });
});

describe('meetAdapter with hostile page text', () => {
  it('cuts a caption of 100,000 characters to what the protocol accepts', () => {
    const doc = meetPage();
    const row = firstMeetRow(doc);
    row.lastElementChild!.textContent = 'word '.repeat(20_000) + 'end';

    const reading = meetAdapter.readCaptionRow(row)!;
    expect(reading.text.length).toBeLessThanOrEqual(MAX_CAPTION_CHARS);
    expect(utteranceUpdateSchema.safeParse(utterance(reading.speaker, reading.text)).success).toBe(true);
  });

  it('cuts a speaker name longer than 200 characters instead of producing a batch the background refuses', () => {
    const doc = meetPage();
    const row = firstMeetRow(doc);
    row.querySelector('span')!.textContent = 'Helen '.repeat(100);

    const reading = meetAdapter.readCaptionRow(row)!;
    expect(reading.speaker.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(utteranceUpdateSchema.safeParse(utterance(reading.speaker, reading.text)).success).toBe(true);
  });

  it('skips a row whose speaker is only zero-width and bidi characters', () => {
    const doc = meetPage();
    const row = firstMeetRow(doc);
    row.querySelector('span')!.textContent = '\u200b\u202e\u200f';

    expect(meetAdapter.readCaptionRow(row)).toBeNull();
  });

  it('keeps the meeting facts within the protocol when the title and own name are huge', () => {
    const doc = meetPage();
    doc.querySelector('[data-meeting-title]')!.setAttribute('data-meeting-title', 'T'.repeat(100_000));
    doc.querySelector('[data-self-name]')!.setAttribute('data-self-name', `Dr ${'R'.repeat(1_000)}`);

    const facts = meetAdapter.readMeetingFacts(doc, meetUrl);
    expect(meetingFactsSchema.safeParse(facts).success).toBe(true);
    expect(facts.title!.length).toBe(MAX_TITLE_CHARS);
  });

  it('treats an own name of invisible characters as unknown', () => {
    const doc = meetPage();
    doc.querySelector('[data-self-name]')!.setAttribute('data-self-name', '\u200b\u0000');

    expect(meetAdapter.readMeetingFacts(doc, meetUrl).selfName).toBeNull();
  });

  it('keeps a roster of more than 1,000 tiles within the protocol', () => {
    const doc = meetPage();
    const tiles = doc.querySelector('.dkjMxf')!;
    for (let i = 0; i < 1_050; i += 1) {
      const tile = doc.createElement('div');
      tile.setAttribute('data-participant-id', `spaces/AAA/devices/x${i}`);
      tile.innerHTML = `<span class="notranslate">Person ${i} ${'x'.repeat(300)}</span>`;
      tiles.append(tile);
    }

    const roster = meetAdapter.readRoster(doc, null);
    expect(rosterSnapshotSchema.safeParse({ atMs: 1, ...roster }).success).toBe(true);
  });
});

describe('teamsAdapter with hostile page text', () => {
  it('cuts a caption of 100,000 characters and a huge author to what the protocol accepts', () => {
    const doc = teamsPage();
    const row = firstTeamsRow(doc);
    row.querySelector('[data-tid="closed-caption-text"]')!.textContent = '😀'.repeat(60_000);
    row.querySelector('[data-tid="author"]')!.textContent = 'MARSDEN, Helen '.repeat(50);

    const reading = teamsAdapter.readCaptionRow(row)!;
    expect(utteranceUpdateSchema.safeParse(utterance(reading.speaker, reading.text)).success).toBe(true);
    expect(reading.text.endsWith('😀')).toBe(true);
  });

  it('reads an author of only zero-width characters as no author (an unknown speaker), not as a blank name', () => {
    const doc = teamsPage();
    const row = firstTeamsRow(doc);
    row.querySelector('[data-tid="author"]')!.textContent = '\u200b\u200d\u2060';

    expect(teamsAdapter.readCaptionRow(row)!.speaker).toBe('');
  });

  it('keeps the title within the protocol', () => {
    const doc = teamsPage();
    doc.title = `${'Sheffield '.repeat(100)}| Microsoft Teams`;

    expect(meetingFactsSchema.safeParse(teamsAdapter.readMeetingFacts(doc, teamsUrl)).success).toBe(true);
  });
});
