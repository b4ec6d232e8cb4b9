import { normaliseSpaces } from './text';

/**
 * Labels Teams adds after a display name to say how the person signed in
 * (Microsoft rollout MC716008; "Unfamiliar" seen from 2026).
 */
export const TEAMS_LABELS = ['Guest', 'External', 'Unverified', 'Unfamiliar', 'Email verified'] as const;

/** A label in brackets at the end: "(Guest)", "（External）". Always a label; the alternatives are {@link TEAMS_LABELS}. */
const bracketedLabel = /\s*[(（](Guest|External|Unverified|Unfamiliar|Email\s+verified)[)）]\s*$/i;
/**
 * Badge words Teams glues onto a name in tile labels without brackets:
 * "Amr El Shimy External unfamiliar". Only a run of two or more badge words,
 * the later ones in lower case, is certainly a label: a single capitalised
 * word may be a surname ("John Guest").
 */
const gluedBadgeRun = /^(.*\S)\s+(?:External|Unverified|Guest|Unfamiliar)(?:\s+(?:external|unverified|guest|unfamiliar))+$/;

/** The local user's marker in Teams and Meet participant lists. */
const youMarker = /\s*[(（](?:You|you)[)）]\s*$/;

/** A display name with its Teams labels taken off, and which labels they were. */
export interface CleanedName {
  readonly name: string;
  readonly labels: readonly string[];
  readonly isSelfMarked: boolean;
}

/**
 * Takes Teams' labels off a display name, only where they are certainly
 * labels: bracketed ones ("Claire Bennett (Guest)"), repeatedly since they
 * stack, and glued runs of badge words from tile labels. A bare word that
 * could be a surname ("John Guest", "Anna External") is kept. NHSmail's
 * bracketed organisation ("SMITH, Jo (NHS ENGLAND - X26)") is not a label
 * and is kept.
 */
export function cleanTeamsDisplayName(raw: string): CleanedName {
  let name = normaliseSpaces(raw);
  const labels: string[] = [];
  let isSelfMarked = false;
  for (let guard = 0; guard < 6; guard += 1) {
    if (youMarker.test(name)) {
      isSelfMarked = true;
      name = name.replace(youMarker, '');
      continue;
    }
    const match = bracketedLabel.exec(name);
    if (!match) break;
    labels.unshift(normaliseSpaces(match[1]!));
    name = name.slice(0, match.index);
  }
  const glued = gluedBadgeRun.exec(name);
  if (glued) {
    labels.unshift(...name.slice(glued[1]!.length).trim().split(/\s+/));
    name = glued[1]!;
  }
  return { name: name.trim(), labels, isSelfMarked };
}

/** Whether a string looks like an email address, which must never be stored as a name. */
export function looksLikeEmail(text: string): boolean {
  return /[^\s@]+@[^\s@]+\.[^\s@]+/.test(text);
}
