// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { teamsAdapter } from '@/utils/platforms/teams/adapter';
import { loadFixtureDocument } from '../helpers/fixtures';

const page = (name: string): Document => loadFixtureDocument(`teams/2026-11-22-${name}.html`);

function captions(doc: Document) {
  const region = teamsAdapter.findCaptionRegion(doc);
  if (!region) return null;
  return teamsAdapter.listCaptionRows(region).map((row) => teamsAdapter.readCaptionRow(row));
}

describe('teamsAdapter', () => {
  describe('urls', () => {
    it.each([
      ['https://teams.microsoft.com/v2/', true],
      ['https://teams.cloud.microsoft/v2/?meetingjoin=true', true],
      ['https://teams.live.com/v2/', true],
      ['https://teams.microsoft.com.evil.example/v2/', false],
      ['https://example.org/teams.microsoft.com', false],
    ])('%s can hold a meeting: %s', (url, expected) => {
      expect(teamsAdapter.isMeetingUrl(new URL(url))).toBe(expected);
    });

    it('reads the meeting id from a join link and stores the link without its query', () => {
      const url = new URL('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d');
      expect(teamsAdapter.readMeetingFacts(page('prejoin'), url).code).toBe('19:meeting_abc@thread.v2');
      expect(teamsAdapter.meetingUrl(url)).toBe('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0');
    });
  });

  describe('call state', () => {
    it.each([
      ['host-captions', 'in-call'],
      ['guest-captions', 'in-call'],
      ['roster-open', 'in-call'],
      ['no-captions', 'in-call'],
      ['prejoin', 'lobby'],
      ['call-ended', 'left'],
    ])('%s is %s', (fixture, state) => {
      expect(teamsAdapter.readCallState(page(fixture))).toBe(state);
    });

    it('is unknown in the rest of Teams (chat, calendar)', () => {
      expect(teamsAdapter.readCallState(new DOMParser().parseFromString('<h1>Chat</h1>', 'text/html'))).toBe('unknown');
    });
  });

  describe('captions', () => {
    it('pairs authors and texts in the host layout, keeping an entry with no author for the user to assign', () => {
      expect(captions(page('host-captions'))).toEqual([
        { speaker: 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', text: 'Good morning, everyone, and welcome.' },
        { speaker: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', text: 'Morning all, Tom Richards, clinical director of Townships 1 PCN.' },
        { speaker: 'Claire Bennett', text: 'Hi, Claire Bennett from public health at the city council.' },
        { speaker: '', text: 'Sorry, can you hear me now?' },
        { speaker: 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', text: 'we can hear you now' },
      ]);
    });

    it('pairs authors and texts in the guest layout, which has no items renderer', () => {
      expect(captions(page('guest-captions'))).toEqual([
        { speaker: 'OKAFOR, Daniel (NHS SOUTH YORKSHIRE ICB)', text: 'The enhanced access paper is in your pack.' },
        { speaker: 'Gemma Lowe', text: 'Jo Lee sends apologies; Gemma Lowe for Healthwatch Sheffield.' },
        { speaker: 'OKAFOR, Daniel (NHS SOUTH YORKSHIRE ICB)', text: 'Thanks Gemma.' },
      ]);
    });

    it('finds the entry a changed node belongs to, and never mistakes a container for an entry', () => {
      const doc = page('host-captions');
      const region = teamsAdapter.findCaptionRegion(doc)!;
      const [first] = teamsAdapter.listCaptionRows(region);
      const text = first!.querySelector('[data-tid="closed-caption-text"]')!;
      expect(teamsAdapter.rowOf(text.firstChild!, region)).toBe(first);
      expect(teamsAdapter.rowOf(first!.querySelector('[data-tid="author"]')!, region)).toBe(first);
      expect(teamsAdapter.rowOf(region.querySelector('[data-tid="closed-captions-v2-items-renderer"]')!, region)).toBeNull();
      expect(teamsAdapter.rowOf(region, region)).toBeNull();
    });

    it('keeps the same entry when the list holds only one', () => {
      const doc = page('host-captions');
      const region = teamsAdapter.findCaptionRegion(doc)!;
      const entries = teamsAdapter.listCaptionRows(region);
      for (const entry of entries.slice(1)) entry.remove();
      const renderer = region.querySelector('[data-tid="closed-captions-v2-items-renderer"]')!;
      expect(teamsAdapter.rowOf(renderer, region)).toBe(entries[0]);
      expect(teamsAdapter.listCaptionRows(region)).toEqual([entries[0]]);
    });

    it('never takes an email address as a speaker', () => {
      const doc = page('guest-captions');
      doc.querySelector('[data-tid="author"]')!.textContent = 'daniel.okafor@nhs.net';
      expect(captions(doc)![0]).toEqual({ speaker: '', text: 'The enhanced access paper is in your pack.' });
    });

    it.each([
      ['host-captions', 'on'],
      ['no-captions', 'off'],
      ['guest-captions', 'unknown'],
    ])('the captions toggle on %s reads %s', (fixture, expected) => {
      expect(teamsAdapter.readCaptionsSwitch(page(fixture))).toBe(expected);
    });

    it('has no caption list while captions are off', () => {
      expect(teamsAdapter.findCaptionRegion(page('no-captions'))).toBeNull();
    });
  });

  describe('attendance', () => {
    it('reads the Attendees tree: names without labels, the local user, the room, and not the invited', () => {
      const roster = teamsAdapter.readRoster(page('roster-open'), null);
      expect(roster).toMatchObject({ source: 'people-panel', isComplete: true });
      expect(roster.participants).toEqual([
        { name: 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', isSelf: false },
        { name: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', isSelf: true },
        { name: 'HOLLOWAY, Margaret (NHS SOUTH YORKSHIRE ICB)', isSelf: false },
        { name: 'Claire Bennett', isSelf: false },
        { name: 'Gemma Lowe', isSelf: false },
        { name: 'Sheffield Room 3', isSelf: false },
      ]);
    });

    it('learns the local user’s name from the "(You)" marker', () => {
      expect(teamsAdapter.readMeetingFacts(page('roster-open'), new URL('https://teams.microsoft.com/v2/'))).toEqual({
        code: null,
        title: 'Sheffield Place PCCC',
        selfName: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
      });
    });

    it('falls back to tiles: name tags over emails, a real surname "Guest" kept', () => {
      const roster = teamsAdapter.readRoster(page('host-captions'), 'RICHARDS, Tom (TOWNSHIPS 1 PCN)');
      expect(roster).toMatchObject({ source: 'tiles', isComplete: false });
      expect(roster.participants).toEqual([
        { name: 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)', isSelf: false },
        { name: 'RICHARDS, Tom (TOWNSHIPS 1 PCN)', isSelf: true },
        { name: 'Claire Bennett', isSelf: false },
        { name: 'John Guest', isSelf: false },
      ]);
    });

    it('reads a tile with a structural data-tid from its aria-label', () => {
      expect(teamsAdapter.readRoster(page('guest-captions'), null).participants.map((p) => p.name)).toEqual([
        'Gemma Lowe',
        'OKAFOR, Daniel (NHS SOUTH YORKSHIRE ICB)',
      ]);
    });

    it('never stores an email address from a tile', () => {
      const doc = page('host-captions');
      for (const tag of doc.querySelectorAll('[data-tid="participant-info-nametag"]')) tag.remove();
      const tile = doc.querySelector('[data-tid="claire.bennett@sheffield.gov.uk"]')!;
      tile.setAttribute('aria-label', 'claire.bennett@sheffield.gov.uk, video is on');
      const names = teamsAdapter.readRoster(doc, null).participants.map((p) => p.name);
      expect(names.some((n) => n.includes('@'))).toBe(false);
      expect(names).toHaveLength(3);
    });

    it('strips glued badge words from a tile label only when they are certainly badges', () => {
      const doc = page('host-captions');
      for (const tag of doc.querySelectorAll('[data-tid="participant-info-nametag"]')) tag.remove();
      expect(teamsAdapter.readRoster(doc, null).participants.map((p) => p.name)).toEqual([
        'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)',
        'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
        'Claire Bennett',
        'John Guest',
      ]);
    });
  });

  describe('speaking indicators', () => {
    it('reads who the outline shows speaking', () => {
      expect(teamsAdapter.readSpeakingNow(page('host-captions'))).toEqual(['MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)']);
      expect(teamsAdapter.readSpeakingNow(page('guest-captions'))).toEqual(['OKAFOR, Daniel (NHS SOUTH YORKSHIRE ICB)']);
    });

    it('says when there are no outlines', () => {
      expect(teamsAdapter.readSpeakingNow(page('roster-open'))).toBeNull();
    });
  });

  describe('a drifted layout', () => {
    it('still knows it is a call from the captions when the controls were renamed, and says what it cannot find', () => {
      const doc = page('guest-captions');
      doc.querySelector('[data-tid="anon-hangup-button"]')!.setAttribute('data-tid', 'leave-call-v3');
      expect(teamsAdapter.readCallState(doc)).toBe('in-call');
      expect(teamsAdapter.listMissingSelectors(doc, 'in-call')).toEqual(['leave button']);
    });
  });

  describe('missing selectors', () => {
    it('reports nothing missing on a complete page', () => {
      expect(teamsAdapter.listMissingSelectors(page('host-captions'), 'in-call')).toEqual([]);
    });

    it('names what a drifted call page lacks', () => {
      const doc = page('no-captions');
      doc.querySelector('[data-tid="cc-toggle-button"]')!.setAttribute('aria-pressed', 'true');
      doc.querySelector('[data-stream-type]')!.remove();
      doc.querySelector('[data-tid="hangup-button"]')!.remove();
      expect(teamsAdapter.readCallState(doc)).toBe('in-call');
      expect(teamsAdapter.listMissingSelectors(doc, 'in-call')).toEqual([
        'leave button',
        'participants',
        'captions (until someone speaks)',
      ]);
    });
  });
});
