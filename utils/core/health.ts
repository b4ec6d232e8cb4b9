import type { CaptureHealth, Platform } from './model';
import { assertNever } from './assert-never';

/** One line of capture status for the user. */
export interface HealthMessage {
  /** Stable identifier, for tests and keys. */
  readonly id: string;
  /** 'ok' is reassurance; 'warning' means something is not being recorded; 'problem' means nothing is. */
  readonly level: 'ok' | 'info' | 'warning' | 'problem';
  readonly text: string;
}

/** A meeting tab that has not reported for this long is probably closed or frozen. */
export const STALE_AFTER_MS = 10_000;

const captionsOffHint: Record<Platform, string> = {
  meet: 'Captions are off: press c to turn them on (or select the CC button).',
  teams: 'Captions are off: open More, then Language and speech, then Turn on live captions.',
};

const peopleHint: Record<Platform, string> = {
  meet: 'Open People to record attendance (the people button at the bottom right).',
  teams: 'Open People to record attendance (the People button in the meeting toolbar).',
};

/**
 * Says in plain words what capture can and cannot see.
 *
 * Never returns an empty list for a live meeting: when all is well it says so.
 */
export function describeCaptureHealth(input: {
  readonly platform: Platform;
  readonly health: CaptureHealth | null;
  readonly lastSeenAtMs: number;
  readonly endedAtMs: number | null;
  readonly nowMs: number;
  readonly rejectedMessages?: number;
  /** The browser refuses to store more for the extension (its IndexedDB is full). */
  readonly isStorageFull?: boolean;
}): HealthMessage[] {
  const { platform, health, nowMs } = input;
  const messages: HealthMessage[] = [];
  if (input.endedAtMs !== null) {
    messages.push({ id: 'ended', level: 'info', text: 'This meeting has ended. The figures are final.' });
    return messages;
  }
  if (input.isStorageFull) {
    messages.push({
      id: 'storage-full',
      level: 'problem',
      text: 'The browser’s storage for this extension is full, so new captions are not being saved. The meeting tab keeps them for now. To make room, open an old meeting under Past meetings, export it, then delete it.',
    });
  }
  const silentForMs = nowMs - input.lastSeenAtMs;
  // While storage is full the tab cannot report, so "no news" would only mislead.
  if (silentForMs >= STALE_AFTER_MS && !input.isStorageFull) {
    messages.push({
      id: 'stale',
      level: 'warning',
      text: `No news from the meeting tab for ${Math.round(silentForMs / 1000)} seconds. Is the meeting still open?`,
    });
  }
  if (!health) {
    messages.push({ id: 'starting', level: 'info', text: 'Connecting to the meeting…' });
    return messages;
  }
  switch (health.callState) {
    case 'lobby':
      messages.push({
        id: 'lobby',
        level: 'info',
        text: 'You are in the waiting room. Recording starts when you join the call.',
      });
      return messages;
    case 'left':
      messages.push({ id: 'left', level: 'info', text: 'You have left the call. The figures are final.' });
      return messages;
    case 'unknown':
      messages.push({
        id: 'call-unknown',
        level: 'problem',
        text: 'This page cannot be read: the meeting site may have changed its layout. Nothing is being recorded. Try reloading the page.',
      });
      break;
    case 'in-call':
      break;
    default:
      assertNever(health.callState);
  }
  switch (health.captions) {
    case 'receiving':
      messages.push({ id: 'captions-ok', level: 'ok', text: 'Reading captions.' });
      break;
    case 'on-no-speech':
      messages.push({
        id: 'captions-waiting',
        level: 'ok',
        text: 'Captions are on. Waiting for someone to speak.',
      });
      break;
    case 'off':
      messages.push({ id: 'captions-off', level: 'problem', text: captionsOffHint[platform] });
      break;
    case 'waiting':
      messages.push({
        id: 'captions-waiting-or-off',
        level: 'warning',
        text: `No captions yet. If nobody has spoken, they will appear; if they are off, turn them on. ${captionsOffHint[platform].replace(/^Captions are off: /, '')}`,
      });
      break;
    case 'not-found':
      messages.push({
        id: 'captions-not-found',
        level: 'problem',
        text: 'Cannot find the captions on this page: the meeting page may have changed. Try turning captions off and on.',
      });
      break;
    default:
      assertNever(health.captions);
  }
  if (health.captionsFoundByShape && (health.captions === 'receiving' || health.captions === 'on-no-speech')) {
    messages.push({
      id: 'captions-by-shape',
      level: 'warning',
      text: 'Captions were found by their shape, not by the known page layout: the meeting site may have changed its page. They are still being recorded. Save a page report below and send it to us, so we can keep up with the change.',
    });
  }
  if (health.captions === 'off' || health.captions === 'not-found') {
    messages.push(
      health.hasSpeakingIndicators
        ? {
            id: 'indicators-fallback',
            level: 'info',
            text: 'Talk time is being estimated from speaking indicators until captions are back.',
          }
        : {
            id: 'nothing-recorded',
            level: 'problem',
            text: 'Nothing is being recorded: no captions and no speaking indicators.',
          },
    );
  }
  switch (health.roster) {
    case 'people-panel':
      break;
    case 'tiles':
      messages.push({
        id: 'roster-tiles',
        level: 'info',
        text: `Attendance is taken from the video tiles only. ${peopleHint[platform]}`,
      });
      break;
    case 'none':
      messages.push({ id: 'roster-none', level: 'warning', text: peopleHint[platform] });
      break;
    default:
      assertNever(health.roster);
  }
  if (health.droppedUpdates > 0) {
    messages.push({
      id: 'dropped',
      level: 'warning',
      text: `${health.droppedUpdates} updates were lost because the extension could not be reached.`,
    });
  }
  if (health.missingSelectors.length > 0) {
    messages.push({
      id: 'missing-selectors',
      level: 'warning',
      text: `Some parts of the meeting page could not be read (${health.missingSelectors.join(', ')}).`,
    });
  }
  if (input.rejectedMessages) {
    messages.push({
      id: 'rejected',
      level: 'warning',
      text: `${input.rejectedMessages} malformed updates were refused and not saved.`,
    });
  }
  return messages;
}
