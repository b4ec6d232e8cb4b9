/** The API of the simulated Microsoft Teams (v2) page (teams-sim.js), as `window.teamsSim`. */
export interface TeamsSim {
  readonly phase: 'prejoin' | 'in-call' | 'left';
  /** The view being simulated: the organiser's ('host') or a guest's. */
  readonly shape: 'host' | 'guest';
  /** Chooses the host or guest DOM (hang-up button and caption shape); call before `join()`. Default 'host'. */
  setShape(shape: 'host' | 'guest'): void;
  join(): void;
  leave(): void;
  /** Makes the page differ as a redesign would (issue 16); set before joining. */
  setRedesign(options: { language?: 'en' | 'de' | 'cy'; noControls?: boolean; stripCaptionIds?: false | 'containers' | 'all' }): void;
  /** Sets `document.title` to `${title} | Microsoft Teams`. */
  setTitle(title: string): void;
  setSelfName(name: string): void;
  /**
   * Adds a video tile (and a roster item when People is open). `tileId` is the
   * tile's `data-tid` (default: the name), for example an email address or the
   * structural id `menur1j` (which has no name tag).
   */
  addParticipant(participant: { name: string; isSelf?: boolean; tileId?: string }): void;
  removeParticipant(name: string): void;
  openPeople(): void;
  closePeople(): void;
  /** Flips the CC toggle; the caption wrapper appears with the first entry. */
  captionsOn(): void;
  /** Removes the caption wrapper and every entry, and flips the CC toggle. */
  captionsOff(): void;
  /**
   * Appends a caption entry for an author (their Teams display name) and returns
   * its id. Typed as `number` like `MeetSim.newRow`; at run time it is null when
   * captions are off or the call has not been joined.
   */
  newRow(authorName: string): number;
  /** Sets an entry's text by editing its text node or replacing it (alternating when no mode is given). */
  setRowText(rowId: number, text: string, mode?: 'characterData' | 'replace'): boolean;
  /** Re-renders an entry as a brand-new element in the same place, as the virtualised list does. */
  rerenderRow(rowId: number): boolean;
  evictOldestRow(): void;
  /** Toggles `vdi-frame-occlusion` on the tile's speaking outline. */
  setSpeaking(name: string, isSpeaking: boolean): void;
  /** How many caption entries stay on screen before the oldest is evicted (default 6). */
  setMaxRows(count: number): void;
  play(
    script: unknown,
    options?: { speed?: number; openPeopleAtS?: number | null; leaveAtEnd?: boolean; rerenderEvery?: number },
  ): Promise<void>;
  stop(): void;
  /** One `{ speaker: teamsName, text }` per script line, in order. */
  expectedUtterances(script: unknown): { speaker: string; text: string }[];
}

declare global {
  interface Window {
    teamsSim: TeamsSim;
  }
}
