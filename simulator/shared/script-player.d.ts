/** One line of a meeting script (simulator/meetings/*.json). */
export interface ScriptLine {
  readonly atS: number;
  readonly durationS: number;
  readonly speaker: string;
  readonly text: string;
  /** A phrase first captioned wrongly: `as` is heard as `heard` until it is corrected. */
  readonly mishear?: { readonly as: string; readonly heard: string };
}

/** One participant of a meeting script. */
export interface ScriptParticipant {
  readonly name: string;
  readonly joinAtS: number;
  readonly leaveAtS?: number | null;
}

/** A meeting script, as far as the player reads it. */
export interface MeetingScript {
  readonly participants: readonly ScriptParticipant[];
  readonly lines: readonly ScriptLine[];
}

/** How a page captions one line, from `ScriptPage.caption`. */
export interface LineCaption {
  /** The words as first heard, one step each over the line's duration. */
  readonly words: readonly string[];
  /** At the line's start. */
  start(): void;
  /** After word `index` (0-based) has been said. */
  word(index: number): void;
  /** At the line's end. */
  end(): void;
}

/** What the player asks of the page it plays on. */
export interface ScriptPage {
  addParticipant(participant: ScriptParticipant): void;
  removeParticipant(participant: ScriptParticipant): void;
  openPeople(): void;
  /** Each whole second of meeting time, from 1 to 2 s after the last line ends (the Teams call timer). */
  tick?(seconds: number): void;
  caption(line: ScriptLine, lineIndex: number): LineCaption;
  /** 2 s after the last line ends. */
  end?(): void;
  /** 1 s after `end`, when `leaveAtEnd` is set. */
  leave(): void;
}

/** The shared meeting-script player (script-player.js), as `window.simScriptPlayer`. */
export interface ScriptPlayer {
  /**
   * Plays `script` at `speed` times real time (default 1). People opens at
   * `openPeopleAtS` (default 0; null: not opened). Pending timers are kept in
   * `timers` so the page can clear them. Resolves 2 s (meeting time) after the
   * last line ends, or once the page has left when `leaveAtEnd` is set.
   */
  playScript(
    script: MeetingScript,
    options: { speed?: number; openPeopleAtS?: number | null; leaveAtEnd?: boolean; timers?: Set<ReturnType<typeof setTimeout>> },
    page: ScriptPage,
  ): Promise<void>;
  /** A caption as it reads while still being said: the last two words unpunctuated and in lower case. */
  draftOf(words: readonly string[]): string;
}

declare global {
  interface Window {
    simScriptPlayer: ScriptPlayer;
  }
}
