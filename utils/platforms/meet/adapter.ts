import type { CallState, MeetingFacts } from '../../core/model';
import type { CaptionRowReading, CaptionsSwitch, PlatformAdapter, RosterReading } from '../adapter';
import {
  MAX_NAME_CHARS,
  MAX_TITLE_CHARS,
  clampText,
  childOf,
  closestTiered,
  cleanPageText,
  dedupeByName,
  hasIconLigature,
  hasIconLigatureMatch,
  hasMatch,
  queryAllTiered,
  queryOptional,
  readText,
} from '../dom';
import * as s from './selectors';

const SELF_LABEL = 'You';

function readSelfName(doc: Document): string | null {
  return cleanPageText(queryOptional(doc, s.selfName)?.getAttribute('data-self-name'), MAX_NAME_CHARS) || null;
}

function readCode(url: URL): string | null {
  return s.meetingCodePattern.exec(url.pathname)?.[1] ?? null;
}

function readTitle(doc: Document, code: string | null): string | null {
  const element = queryOptional(doc, s.meetingTitle);
  let title =
    cleanPageText(element?.getAttribute('data-meeting-title'), MAX_TITLE_CHARS) || readText(element, MAX_TITLE_CHARS);
  if (!title) {
    // "Meet - Weekly sync" or "Weekly sync - Google Meet"
    title = cleanPageText(
      doc.title.replace(/^Meet\s*[-–]\s*/, '').replace(/\s*[-–]\s*Google Meet$/, ''),
      MAX_TITLE_CHARS,
    );
  }
  if (!title || title === code || title === 'Meet' || title === 'Google Meet') return null;
  return title;
}

const callEndIcons = [s.ligatures.callEnd];
const captionsIcons = [s.ligatures.captionsOn, s.ligatures.captionsOff];

/** Whether the page shows a captions control: the button, or its icon. */
function hasCaptionsControl(doc: Document): boolean {
  return hasMatch(doc, s.captionsButton) || hasIconLigatureMatch(doc, s.iconFont, captionsIcons);
}

function hasLeaveControl(doc: Document): boolean {
  return hasMatch(doc, s.leaveCallButton) || hasIconLigatureMatch(doc, s.iconFont, callEndIcons);
}

function isInCall(doc: Document): boolean {
  return hasLeaveControl(doc) && hasCaptionsControl(doc);
}

/** The local user's own video tile: the one holding their name in `data-self-name`. */
function selfTile(doc: Document): Element | null {
  const marker = queryOptional(doc, s.selfName);
  return marker && closestTiered(marker, s.videoTile);
}

function isSpeaking(indicator: Element): boolean {
  const level = indicator.getAttribute('data-audio-level');
  if (level !== null) return level !== '' && level !== '0';
  return !indicator.classList.contains(s.silentIndicatorClass);
}

/**
 * Reads Google Meet (meet.google.com) pages.
 *
 * Captions: one row per speaker turn under the caption region, the speaker's
 * name in the row's first block and the words in its last block; the local
 * user is labelled "You". Attendance: the People panel when open (complete),
 * otherwise the video tiles (partial). Speaking: tile audio-level indicators.
 */
export const meetAdapter: PlatformAdapter = {
  platform: 'meet',
  selfLabel: SELF_LABEL,
  needsCaptionPolling: false,
  captionAreaWaitsForSpeech: false,
  urlIdentifiesMeeting: true,

  isMeetingUrl(url) {
    return url.hostname === 'meet.google.com' && readCode(url) !== null;
  },

  meetingUrl(url) {
    const code = readCode(url);
    return `https://meet.google.com/${code ?? url.pathname.slice(1)}`;
  },

  readCallState(doc): CallState {
    if (isInCall(doc)) return 'in-call';
    if (hasMatch(doc, s.leftPageMarker)) return 'left';
    if (hasMatch(doc, s.lobbyJoinButton)) return 'lobby';
    return 'unknown';
  },

  readMeetingFacts(doc, url): MeetingFacts {
    const code = readCode(url);
    return { code, title: readTitle(doc, code), selfName: readSelfName(doc) };
  },

  readSelfLabel(doc) {
    // The self tile shows the page's word for the local user ("You", "Du", "Chi") where others show names…
    const tile = selfTile(doc);
    const shown = tile && readText(queryOptional(tile, s.tileName), MAX_NAME_CHARS);
    if (shown && shown !== readSelfName(doc)) return shown;
    // …or the People panel's entry for the same participant says it after the name: "Tom Richards (Du)".
    const id = tile?.getAttribute('data-participant-id');
    const item = queryAllTiered(doc, s.peopleItem).find((i) => i.getAttribute('data-participant-id') === id);
    return (item && s.peopleSuffix.exec(readText(item, MAX_NAME_CHARS))?.[1]) || null;
  },

  readCaptionsSwitch(doc): CaptionsSwitch {
    const button = queryOptional(doc, s.captionsButton);
    const pressed = button?.getAttribute('aria-pressed');
    if (pressed === 'true') return 'on';
    if (pressed === 'false') return 'off';
    const icon = hasIconLigature(button ?? doc, s.iconFont, captionsIcons);
    if (icon) return readText(icon) === s.ligatures.captionsOff ? 'off' : 'on';
    const label = button?.getAttribute('aria-label') ?? '';
    if (label === 'Turn off captions') return 'on';
    if (label === 'Turn on captions') return 'off';
    return 'unknown';
  },

  findCaptionRegion(doc) {
    const region = queryOptional(doc, s.captionRegion);
    // Rows moved into a wrapper inside the region: the wrapper holds them (a row's own blocks are not rows).
    const first = region?.firstElementChild;
    return first && this.listCaptionRows(first).length ? first : region;
  },

  listCaptionRows(region) {
    return queryAllTiered(region, s.captionRow).filter((row) => this.readCaptionRow(row) !== null);
  },

  rowOf: childOf,

  captionTextOf(row) {
    return queryOptional(row, s.captionText);
  },

  readCaptionRow(row): CaptionRowReading | null {
    if (row.children.length < 2) return null;
    const speakerElement = queryOptional(row, s.captionSpeaker);
    const speaker = readText(speakerElement, MAX_NAME_CHARS);
    if (!speaker) return null;
    const textBlock = queryOptional(row, s.captionText);
    if (!textBlock || textBlock.contains(speakerElement)) return null;
    return { speaker, text: readText(textBlock) };
  },

  readRoster(doc, selfName): RosterReading {
    const items = queryAllTiered(doc, s.peopleItem);
    if (items.length) {
      const participants = items
        .map((item) => {
          const raw = cleanPageText(item.getAttribute('aria-label'), MAX_TITLE_CHARS) || readText(queryOptional(item, s.peopleItemName), MAX_TITLE_CHARS);
          const isMarkedSelf = s.peopleSelfSuffix.test(raw) || s.peopleSelfSuffix.test(readText(item));
          const name = cleanPageText(clampText(raw.replace(s.peopleSelfSuffix, ''), MAX_NAME_CHARS), MAX_NAME_CHARS);
          return { name, isSelf: isMarkedSelf || (!!selfName && name === selfName) };
        })
        .filter((p) => p.name.length > 0);
      return { source: 'people-panel', isComplete: true, participants: dedupeByName(participants) };
    }
    const tiles = queryAllTiered(doc, s.videoTile);
    if (tiles.length) {
      const participants = tiles
        .map((tile) => {
          const self = tile.querySelector('[data-self-name]');
          const name =
            cleanPageText(self?.getAttribute('data-self-name'), MAX_NAME_CHARS) ||
            readText(queryOptional(tile, s.tileName), MAX_NAME_CHARS);
          return { name, isSelf: !!self || (!!selfName && name === selfName) };
        })
        .filter((p) => p.name.length > 0 && p.name !== SELF_LABEL && !s.nonPersonTileName.test(p.name));
      return { source: 'tiles', isComplete: false, participants: dedupeByName(participants) };
    }
    return { source: 'none', isComplete: false, participants: [] };
  },

  listVideoTiles(doc) {
    return queryAllTiered(doc, s.videoTile);
  },

  readSpeakingNow(doc, tiles = queryAllTiered(doc, s.videoTile)) {
    let sawIndicator = false;
    const speaking: string[] = [];
    for (const tile of tiles) {
      const indicator = queryOptional(tile, s.speakingIndicator);
      if (!indicator) continue;
      sawIndicator = true;
      if (!isSpeaking(indicator)) continue;
      const isSelf = !!tile.querySelector('[data-self-name]');
      const name = isSelf ? SELF_LABEL : readText(queryOptional(tile, s.tileName), MAX_NAME_CHARS);
      if (name) speaking.push(name);
    }
    return sawIndicator ? speaking : null;
  },

  listMissingSelectors(doc, callState) {
    if (callState === 'unknown') {
      const missing = ['call controls'];
      if (!hasMatch(doc, s.captionRegion)) missing.push('captions');
      return missing;
    }
    if (callState !== 'in-call') return [];
    const missing: string[] = [];
    if (!hasLeaveControl(doc)) missing.push('leave button');
    if (!hasCaptionsControl(doc)) missing.push('captions button');
    if (!hasMatch(doc, s.selfName)) missing.push('your own name');
    if (!hasMatch(doc, s.videoTile) && !hasMatch(doc, s.peopleItem)) {
      missing.push('participants');
    }
    return missing;
  },
};
