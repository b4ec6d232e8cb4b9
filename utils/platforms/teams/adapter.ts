import { cleanTeamsDisplayName, looksLikeEmail } from '../../core/display-names';
import type { CallState, MeetingFacts } from '../../core/model';
import type { CaptionRowReading, CaptionsSwitch, PlatformAdapter, RosterReading } from '../adapter';
import {
  MAX_CAPTION_CHARS,
  MAX_NAME_CHARS,
  MAX_TITLE_CHARS,
  clampText,
  cleanPageText,
  dedupeByName,
  hasMatch,
  queryAllTiered,
  queryOptional,
  readText,
} from '../dom';
import * as s from './selectors';

/** Teams hosts, including the 2026 move to teams.cloud.microsoft (entrypoints/teams.content matches the same). */
const TEAMS_HOSTS: readonly string[] = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

const textSelector = s.captionText.join(', ');
const authorSelector = s.captionAuthor.join(', ');

function textCount(element: Element): number {
  return element.matches(textSelector) ? 1 : element.querySelectorAll(textSelector).length;
}

/**
 * The caption entry holding `node`: the lowest ancestor of its caption text
 * that also holds an author and no other text. This pairs each text with the
 * author beside it whatever the nesting (host: list > items renderer > entry;
 * guest: list > entry) instead of following one fixed path. A container of
 * several entries is not an entry (null); a text with no author beside it is
 * its own entry.
 */
function entryOf(node: Node, list: Element): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element || element === list || !list.contains(element)) return null;
  let text = element.closest(textSelector);
  if (!text || !list.contains(text)) {
    text = null;
    for (let current: Element | null = element; current && current !== list; current = current.parentElement) {
      const count = textCount(current);
      if (count > 1) return null;
      if (count === 1) {
        text = current.matches(textSelector) ? current : current.querySelector(textSelector);
        break;
      }
    }
    if (!text) return null;
  }
  for (let current = text.parentElement; current && current !== list; current = current.parentElement) {
    if (textCount(current) > 1) break;
    if (current.querySelector(authorSelector)) return current;
  }
  return text;
}

/** The caption text of an entry: the entry itself when it is a bare text, else the text inside it. */
function captionTextOf(entry: Element): Element | null {
  return entry.matches(textSelector) ? entry : queryOptional(entry, s.captionText);
}

/** A clean display name, or '' when the text is empty or an email address (never stored). */
function cleanName(raw: string | null | undefined): { name: string; isSelfMarked: boolean } {
  const { name, isSelfMarked } = cleanTeamsDisplayName(cleanPageText(raw, MAX_CAPTION_CHARS));
  return { name: looksLikeEmail(name) ? '' : cleanPageText(name, MAX_NAME_CHARS), isSelfMarked };
}

function readRosterItems(doc: Document): { name: string; isSelfMarked: boolean }[] {
  return queryAllTiered(doc, s.rosterItem)
    .map((item) => cleanName(readText(queryOptional(item, s.rosterItemName)) || item.getAttribute('aria-label')))
    .filter((p) => p.name);
}

function readSelfName(doc: Document): string | null {
  return readRosterItems(doc).find((p) => p.isSelfMarked)?.name ?? null;
}

/** A tile's name: its name tag, else its `data-tid` if that is a name, else its aria-label. */
function readTileName(tile: Element): string {
  const dataTid = tile.getAttribute('data-tid') ?? '';
  return (
    cleanName(readText(queryOptional(tile, s.tileNameTag))).name ||
    (s.structuralTileId.test(dataTid) ? '' : cleanName(dataTid).name) ||
    cleanName((tile.getAttribute('aria-label') ?? '').replace(s.tileLabelTail, '')).name
  );
}

function readTitle(doc: Document): string | null {
  const title = cleanPageText(doc.title.replace(/\s*\|\s*Microsoft Teams\s*$/i, ''), MAX_TITLE_CHARS);
  if (!title || /^((Microsoft )?Teams|Meeting|Calendar|Chat|Activity)$/i.test(title)) return null;
  return title;
}

function readMeetingCode(url: URL): string | null {
  const match = /\/l\/meetup-join\/([^/]+)/.exec(url.pathname);
  if (!match) return null;
  let code = match[1]!;
  try {
    code = decodeURIComponent(code);
  } catch {
    // Not percent-encoded as it should be: kept as it is.
  }
  return clampText(code, MAX_NAME_CHARS);
}

/**
 * Reads Microsoft Teams on the web (teams.microsoft.com, teams.live.com,
 * teams.cloud.microsoft; new Teams, /v2/).
 *
 * Captions: a virtualised list of entries, each an author and a text refined
 * in place, paired by position rather than by one fixed path so both the
 * host and the guest layouts read the same. The local user appears under
 * their own name. Attendance: the Attendees tree when People is open
 * (complete), otherwise video tiles (partial). Names lose Teams' labels only
 * where they are certainly labels, and email addresses are never kept.
 */
export const teamsAdapter: PlatformAdapter = {
  platform: 'teams',
  selfLabel: null,
  needsCaptionPolling: true,
  captionAreaWaitsForSpeech: true,
  urlIdentifiesMeeting: false,

  isMeetingUrl(url) {
    return TEAMS_HOSTS.includes(url.hostname);
  },

  meetingUrl(url) {
    return `${url.origin}${url.pathname}`;
  },

  readCallState(doc): CallState {
    // Captions exist only in a call, so they still show one if Teams renames its controls.
    const hasCallMarker = hasMatch(doc, s.hangupButton) || hasMatch(doc, s.callStatus) || hasMatch(doc, s.captionList);
    if (hasCallMarker) return 'in-call';
    if (hasMatch(doc, s.prejoinButton)) return 'lobby';
    const headings = queryAllTiered(doc, s.callEndedHeading);
    if (headings.some((h) => s.callEndedTexts.test(readText(h)))) return 'left';
    return 'unknown';
  },

  readMeetingFacts(doc, url): MeetingFacts {
    return { code: readMeetingCode(url), title: readTitle(doc), selfName: readSelfName(doc) };
  },

  readCaptionsSwitch(doc): CaptionsSwitch {
    const pressed = queryOptional(doc, s.captionsToggle)?.getAttribute('aria-pressed');
    if (pressed === 'true') return 'on';
    if (pressed === 'false') return 'off';
    return 'unknown';
  },

  findCaptionRegion(doc) {
    // Caption containers without their data-tid (issue 16): the entries' own marks still say where they are.
    return queryOptional(doc, s.captionList) ?? entryOf(queryOptional(doc, s.captionText) ?? doc.body, doc.body)?.parentElement ?? null;
  },

  listCaptionRows(region) {
    const entries: Element[] = [];
    for (const text of queryAllTiered(region, s.captionText)) {
      const entry = entryOf(text, region);
      if (entry && !entries.includes(entry)) entries.push(entry);
    }
    return entries;
  },

  rowOf(node, region) {
    return entryOf(node, region);
  },

  captionTextOf(row) {
    return captionTextOf(row);
  },

  readCaptionRow(row): CaptionRowReading | null {
    const text = captionTextOf(row);
    if (!text) return null;
    // An entry with no readable author is kept with an empty speaker, for the user to assign.
    return { speaker: cleanName(readText(queryOptional(row, s.captionAuthor))).name, text: readText(text) };
  },

  readRoster(doc, selfName): RosterReading {
    const items = readRosterItems(doc);
    if (items.length) {
      return {
        source: 'people-panel',
        isComplete: true,
        participants: dedupeByName(items.map((p) => ({ name: p.name, isSelf: p.isSelfMarked || p.name === selfName }))),
      };
    }
    const tiles = queryAllTiered(doc, s.videoTile);
    if (tiles.length) {
      const participants = tiles
        .map((tile) => readTileName(tile))
        .filter(Boolean)
        .map((name) => ({ name, isSelf: name === selfName }));
      return { source: 'tiles', isComplete: false, participants: dedupeByName(participants) };
    }
    return { source: 'none', isComplete: false, participants: [] };
  },

  listVideoTiles(doc) {
    return queryAllTiered(doc, s.videoTile);
  },

  readSpeakingNow(doc, tiles = queryAllTiered(doc, s.videoTile)) {
    let sawOutline = false;
    const speaking: string[] = [];
    for (const tile of tiles) {
      const outline = queryOptional(tile, s.speakingOutline);
      if (!outline) continue;
      sawOutline = true;
      if (!outline.classList.contains(s.speakingClass)) continue;
      const name = readTileName(tile);
      if (name) speaking.push(name);
    }
    return sawOutline ? speaking : null;
  },

  listMissingSelectors(doc, callState) {
    if (callState !== 'in-call') return [];
    const missing: string[] = [];
    if (!hasMatch(doc, s.hangupButton)) missing.push('leave button');
    if (!hasMatch(doc, s.videoTile) && !hasMatch(doc, s.rosterItem)) {
      missing.push('participants');
    }
    if (this.readCaptionsSwitch(doc) === 'on' && !hasMatch(doc, s.captionList)) {
      // Teams only draws captions once someone speaks, so this is a hint, not proof.
      missing.push('captions (until someone speaks)');
    }
    return missing;
  },
};
