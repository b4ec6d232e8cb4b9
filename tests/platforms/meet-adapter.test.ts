// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { meetAdapter } from '@/utils/platforms/meet/adapter';
import { loadFixtureDocument } from '../helpers/fixtures';

const page = (name: string): Document => loadFixtureDocument(`meet/2026-11-22-${name}.html`);
const meetingUrl = new URL('https://meet.google.com/pcc-shef-nov?authuser=1');

function captions(doc: Document) {
  const region = meetAdapter.findCaptionRegion(doc);
  if (!region) return null;
  return meetAdapter.listCaptionRows(region).map((row) => meetAdapter.readCaptionRow(row));
}

describe('meetAdapter', () => {
  describe('urls', () => {
    it.each([
      ['https://meet.google.com/pcc-shef-nov', true],
      ['https://meet.google.com/pcc-shef-nov?authuser=0&hs=122', true],
      ['https://meet.google.com/', false],
      ['https://meet.google.com/landing', false],
      ['https://meet.google.com/new', false],
    ])('%s is a meeting: %s', (url, expected) => {
      expect(meetAdapter.isMeetingUrl(new URL(url))).toBe(expected);
    });

    it('stores the meeting link without the query string', () => {
      expect(meetAdapter.meetingUrl(meetingUrl)).toBe('https://meet.google.com/pcc-shef-nov');
    });
  });

  describe('call state', () => {
    it.each([
      ['in-call-captions', 'in-call'],
      ['in-call-people-panel', 'in-call'],
      ['captions-off', 'in-call'],
      ['class-fallback', 'in-call'],
      ['legacy-2024-layout', 'in-call'],
      ['lobby', 'lobby'],
      ['lobby-guest', 'lobby'],
      ['left', 'left'],
    ])('%s is %s', (fixture, state) => {
      expect(meetAdapter.readCallState(page(fixture))).toBe(state);
    });

    it('is unknown on a page it cannot read', () => {
      expect(meetAdapter.readCallState(new DOMParser().parseFromString('<p>Something else</p>', 'text/html'))).toBe('unknown');
    });
  });

  describe('meeting facts', () => {
    it('reads the code, the title and the local user’s name', () => {
      expect(meetAdapter.readMeetingFacts(page('in-call-captions'), meetingUrl)).toEqual({
        code: 'pcc-shef-nov',
        title: 'Sheffield Place Primary Care Commissioning Committee',
        selfName: 'Dr Tom Richards',
      });
    });

    it('has no title when Meet shows only the code', () => {
      expect(meetAdapter.readMeetingFacts(page('captions-off'), meetingUrl).title).toBeNull();
    });

    it('reads the title from a drifted page without the title attribute', () => {
      expect(meetAdapter.readMeetingFacts(page('class-fallback'), meetingUrl).title).toBe('Primary Care Forum');
    });
  });

  describe('captions', () => {
    it('reads every row in order, with "You" for the local user and the same speaker twice', () => {
      expect(captions(page('in-call-captions'))).toEqual([
        { speaker: 'Helen Marsh', text: 'Good morning everyone, and welcome to the committee.' },
        { speaker: 'You', text: 'Morning all, Tom Richards, clinical director of Townships 1 PCN.' },
        { speaker: 'Dr Aisha Malik', text: 'Thanks. I have a declaration on item six.' },
        { speaker: 'Dr Aisha Malik', text: "I'm a partner at Birchfield Medical Practice." },
        { speaker: 'Daniel Okafor', text: 'so the enhanced access paper sets out' },
      ]);
    });

    it('reads rows on a drifted page through the fallback selectors', () => {
      expect(captions(page('class-fallback'))).toEqual([
        { speaker: 'Helen Marsh', text: 'Can everyone see the slides?' },
        { speaker: 'You', text: "Yes, they're showing." },
        { speaker: 'Sam Whitfield', text: 'Same here.' },
        { speaker: 'Helen Marsh', text: "Great, let's start." },
      ]);
    });

    it('reads the 2024 layout', () => {
      expect(captions(page('legacy-2024-layout'))).toEqual([
        { speaker: 'Priya Nair', text: 'Pharmacy First referrals are up again this month.' },
      ]);
    });

    it('skips the region’s controls, such as "Jump to bottom"', () => {
      const region = meetAdapter.findCaptionRegion(page('in-call-captions'))!;
      const jump = region.lastElementChild!;
      expect(meetAdapter.readCaptionRow(jump)).toBeNull();
    });

    it('finds the row a changed text node belongs to', () => {
      const region = meetAdapter.findCaptionRegion(page('in-call-captions'))!;
      const firstRow = meetAdapter.listCaptionRows(region)[0]!;
      const textNode = firstRow.lastElementChild!.firstChild!;
      expect(meetAdapter.rowOf(textNode, region)).toBe(firstRow);
      expect(meetAdapter.rowOf(region, region)).toBeNull();
    });

    it.each([
      ['in-call-captions', 'on'],
      ['class-fallback', 'on'],
      ['legacy-2024-layout', 'on'],
      ['captions-off', 'off'],
      ['in-call-people-panel', 'off'],
    ])('captions switch on %s reads %s', (fixture, expected) => {
      expect(meetAdapter.readCaptionsSwitch(page(fixture))).toBe(expected);
    });

    it('has no caption region while captions are off', () => {
      expect(meetAdapter.findCaptionRegion(page('captions-off'))).toBeNull();
    });
  });

  describe('attendance', () => {
    it('reads the full list from the People panel, marking the local user and keeping room devices', () => {
      const roster = meetAdapter.readRoster(page('in-call-people-panel'), 'Dr Tom Richards');
      expect(roster.source).toBe('people-panel');
      expect(roster.isComplete).toBe(true);
      expect(roster.participants).toEqual([
        { name: 'Helen Marsh', isSelf: false },
        { name: 'Dr Tom Richards', isSelf: true },
        { name: 'Dr Aisha Malik', isSelf: false },
        { name: 'Daniel Okafor', isSelf: false },
        { name: 'Claire Bennett', isSelf: false },
        { name: 'Priya Nair', isSelf: false },
        { name: 'Mark Ellison', isSelf: false },
        { name: 'Gemma Lowe', isSelf: false },
        { name: 'Merged audio', isSelf: false },
      ]);
    });

    it('falls back to the video tiles, which are only a partial list', () => {
      const roster = meetAdapter.readRoster(page('in-call-captions'), null);
      expect(roster).toMatchObject({ source: 'tiles', isComplete: false });
      expect(roster.participants.map((p) => [p.name, p.isSelf])).toEqual([
        ['Helen Marsh', false],
        ['Dr Tom Richards', true],
        ['Dr Aisha Malik', false],
        ['Daniel Okafor', false],
        ['Claire Bennett', false],
      ]);
    });

    it('ignores Meet’s internal placeholder tile names', () => {
      const doc = page('in-call-people-panel');
      doc.querySelector('[role="list"]')!.remove();
      expect(meetAdapter.readRoster(doc, null).participants.map((p) => p.name)).not.toContain(
        'Google Participant (spaces/AAA/devices/9)',
      );
    });

    it('reads tiles on a drifted page', () => {
      expect(meetAdapter.readRoster(page('class-fallback'), null).participants).toHaveLength(4);
    });

    it('reports no roster in the lobby', () => {
      expect(meetAdapter.readRoster(page('lobby'), null)).toEqual({ source: 'none', isComplete: false, participants: [] });
    });
  });

  describe('speaking indicators', () => {
    it.each([
      ['in-call-captions', ['Daniel Okafor']],
      ['captions-off', ['Helen Marsh', 'You']],
      ['in-call-people-panel', []],
      ['class-fallback', ['Helen Marsh']],
    ])('on %s shows %j speaking', (fixture, speaking) => {
      expect(meetAdapter.readSpeakingNow(page(fixture))).toEqual(speaking);
    });

    it('says when there are no indicators to read', () => {
      expect(meetAdapter.readSpeakingNow(page('lobby'))).toBeNull();
    });
  });

  describe('missing selectors', () => {
    it('reports nothing missing on a complete page', () => {
      expect(meetAdapter.listMissingSelectors(page('in-call-captions'), 'in-call')).toEqual([]);
    });

    it('names what it cannot find in a call', () => {
      const doc = page('in-call-captions');
      doc.querySelector('[data-self-name]')!.remove();
      for (const tile of doc.querySelectorAll('[data-participant-id]')) tile.remove();
      expect(meetAdapter.listMissingSelectors(doc, 'in-call')).toEqual(['your own name', 'participants']);
    });

    it('expects nothing outside a call', () => {
      expect(meetAdapter.listMissingSelectors(page('lobby'), 'lobby')).toEqual([]);
    });
  });
});

describe('meetAdapter on an unreadable page', () => {
  it('names what is missing when it cannot even tell whether this is a call', () => {
    const doc = new DOMParser().parseFromString('<div><p>Something else entirely</p></div>', 'text/html');
    expect(meetAdapter.listMissingSelectors(doc, 'unknown')).toEqual(['call controls', 'captions']);
  });
});
