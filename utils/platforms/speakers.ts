import { UNKNOWN_SPEAKER, type CaptionSpeaker } from '../core/caption-tracker';

/** Speaker labels remembered at once (more only in a very large meeting: then the memory starts again). */
const MAX_REMEMBERED_SPEAKERS = 500;

/**
 * Who a speaker label shown on the page is: the local user (under their own
 * name when the page labels them "You", or "Du", "Chi"…), someone else, or
 * nobody shown.
 *
 * One object per label while the local user's name and label stay the same,
 * so a caption feed can tell by identity whether a row's speaker changed.
 *
 * @param selfLabel the platform's label for the local user, or null when it shows their name
 */
export function createSpeakerBook(
  selfLabel: string | null,
): (label: string, selfName: string | null, pageSelfLabel?: string | null) => CaptionSpeaker {
  const speakers = new Map<string, CaptionSpeaker>();
  let speakersSelf = '';
  return (label, selfName, pageSelfLabel = null) => {
    // The label the page itself gives the local user, read in its own language.
    const self = `${selfName}\n${pageSelfLabel}`;
    if (self !== speakersSelf || speakers.size > MAX_REMEMBERED_SPEAKERS) {
      speakers.clear();
      speakersSelf = self;
    }
    let speaker = speakers.get(label);
    if (speaker) return speaker;
    const isSelfLabel = label === selfLabel || label === pageSelfLabel;
    speaker = label
      ? { label, isSelf: isSelfLabel || (selfName !== null && label === selfName), displayName: isSelfLabel ? (selfName ?? label) : label }
      : // No author shown: kept apart for the user to assign, never guessed from neighbours.
        { label: '', isSelf: false, isUnknown: true, displayName: UNKNOWN_SPEAKER };
    speakers.set(label, speaker);
    return speaker;
  };
}
