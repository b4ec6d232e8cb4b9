/** The API of the simulated Meet page (meet-sim.js), as `window.meetSim`. */
export interface MeetSim {
  readonly phase: 'lobby' | 'in-call' | 'left';
  join(): void;
  leave(): void;
  /**
   * Makes the page differ as a redesign would (issue 16); set before joining.
   * `language` translates every label (the local user is "Du" in German,
   * "Chi" in Welsh, on their captions and their own tile).
   */
  setRedesign(options: {
    language?: 'en' | 'de' | 'cy';
    rotateNames?: boolean;
    noControls?: boolean;
    wrapRows?: boolean;
    noTabindex?: boolean;
    /** The caption region without its "Captions" label: with the above, an English page whose captions only their shape finds. */
    noRegionLabel?: boolean;
    unmarkedLeftPage?: boolean;
    /** The local user's own tile shows their name rather than "Du", "Chi": then only People says which label is theirs. */
    selfTileShowsName?: boolean;
  }): void;
  /** The label the page gives the local user's captions in its language ("You", "Du", "Chi"). */
  readonly selfLabel: string;
  setTitle(title: string): void;
  setSelfName(name: string): void;
  addParticipant(participant: { name: string; isSelf?: boolean }): void;
  removeParticipant(name: string): void;
  openPeople(): void;
  closePeople(): void;
  captionsOn(): void;
  captionsOff(): void;
  /** Swaps the caption region for a copy, as Meet sometimes does. */
  replaceRegion(): void;
  /** Takes the caption region out of the page while captions stay on; rows said meanwhile wait in it. */
  removeRegion(): void;
  /** Puts the region taken out by removeRegion back, with its rows. */
  restoreRegion(): void;
  /** Adds a caption row for a speaker label ("You" for the local user); returns its id. */
  newRow(speakerLabel: string): number;
  /** Sets a row's text by editing its text node or replacing it (alternating when no mode is given). */
  setRowText(rowId: number, text: string, mode?: 'characterData' | 'replace'): boolean;
  evictOldestRow(): void;
  setSpeaking(name: string, isSpeaking: boolean): void;
  /** How many caption rows stay on screen before the oldest is evicted (default 4). */
  setMaxRows(count: number): void;
  play(script: unknown, options?: { speed?: number; resetAfterWords?: number; openPeopleAtS?: number | null; leaveAtEnd?: boolean }): Promise<void>;
  stop(): void;
  expectedUtterances(script: unknown, options?: { resetAfterWords?: number }): { speaker: string; text: string }[];
}

declare global {
  interface Window {
    meetSim: MeetSim;
  }
}
