/**
 * A short message the user can paste into the meeting chat, so everyone knows
 * the captions are being noted. Being open about it is courteous and, where
 * a meeting has a recording policy, expected.
 */
export const CHAT_NOTICE =
  'For transparency: I am noting this meeting with a browser extension that reads the live captions on my computer ' +
  'to record which organisations speak and the actions agreed. It records no audio or video, and nothing is sent ' +
  'anywhere. Please tell me if you would rather I did not.';
