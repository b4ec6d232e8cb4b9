import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '@/utils/core/format';

/** A name found in the database, to choose from. */
export interface NameChoice {
  readonly name: string;
  readonly meetingCount: number;
}

/** What is held about the chosen person, counted. */
export interface PersonDataSummary {
  readonly meetings: readonly { readonly id: string; readonly title: string; readonly startedAtMs: number; readonly isLive: boolean }[];
  readonly captions: number;
  readonly speakingTimes: number;
  readonly attendance: number;
  readonly tallyTurns: number;
  readonly introductions: number;
  readonly actionsOwned: number;
  readonly rememberedChoices: number;
  readonly mentions: number;
  readonly summaries: number;
}

/** The outcome of a download or a deletion, in words for the user. */
export interface PersonDataOutcome {
  readonly ok: boolean;
  readonly text: string;
}

const NAMES_SHOWN = 40;

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function describeHeld(found: PersonDataSummary): string[] {
  return [
    found.captions ? `${plural(found.captions, 'caption', 'captions')} they spoke` : null,
    found.attendance ? `attendance in ${plural(found.attendance, 'meeting', 'meetings')}` : null,
    found.speakingTimes ? plural(found.speakingTimes, 'stretch of speaking time', 'stretches of speaking time') : null,
    found.tallyTurns ? plural(found.tallyTurns, 'tally turn', 'tally turns') : null,
    found.introductions ? plural(found.introductions, 'introduction', 'introductions') : null,
    found.actionsOwned ? `${plural(found.actionsOwned, 'action', 'actions')} they own` : null,
    found.rememberedChoices ? 'the organisation remembered for them' : null,
    found.mentions ? `${plural(found.mentions, 'place', 'places')} where others named them in full` : null,
    found.summaries ? `${plural(found.summaries, 'kept summary', 'kept summaries')} naming them` : null,
  ].filter((line): line is string => line !== null);
}

/**
 * "Everything about a person", for a subject access request or a request to
 * be forgotten: choose the names they appeared under, see what is held,
 * download it, or delete it after a question (Escape keeps it).
 *
 * Presentational: the options page finds, downloads and deletes through the callbacks.
 */
export function PersonData(props: {
  names: readonly NameChoice[];
  onFind: (names: readonly string[]) => Promise<PersonDataSummary>;
  onDownload: (names: readonly string[]) => Promise<PersonDataOutcome>;
  onDelete: (names: readonly string[]) => Promise<PersonDataOutcome>;
}) {
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [found, setFound] = useState<PersonDataSummary | null>(null);
  const [isAsking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<PersonDataOutcome | null>(null);
  const [isBusy, setBusy] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    // Focus follows the question, and returns to its button when it is withdrawn.
    if (isAsking) confirmRef.current?.focus();
    else if (wasAsking.current) deleteRef.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);

  const query = filter.trim().toLowerCase();
  const matching = props.names.filter((n) => chosen.includes(n.name) || !query || n.name.toLowerCase().includes(query));
  const shown = matching.slice(0, NAMES_SHOWN);
  const toggle = (name: string, isOn: boolean): void => {
    setChosen((previous) => (isOn ? [...previous, name] : previous.filter((n) => n !== name)));
    setFound(null);
    setAsking(false);
  };
  const find = (): void => {
    setOutcome(null);
    void props.onFind(chosen).then(setFound);
  };
  const run = (action: (names: readonly string[]) => Promise<PersonDataOutcome>, after?: (result: PersonDataOutcome) => void): void => {
    setBusy(true);
    void action(chosen)
      .catch((error: unknown): PersonDataOutcome => ({ ok: false, text: error instanceof Error ? error.message : String(error) }))
      .then((result) => {
        setBusy(false);
        setOutcome(result);
        after?.(result);
      });
  };
  const held = found ? describeHeld(found) : [];

  return (
    <section aria-labelledby="person-heading" data-testid="person-data">
      <h2 id="person-heading" ref={headingRef} tabIndex={-1}>
        Everything about a person
      </h2>
      <p>
        For a subject access request, or when someone asks to be forgotten: choose every name they appeared under (a person can show as “Tom
        Richards” in Meet and “RICHARDS, Tom (TOWNSHIPS 1 PCN)” in Teams), then see what this browser holds about them, download it, or
        delete it.
      </p>
      {props.names.length === 0 ? (
        <p class="empty" data-testid="person-none">
          No names are recorded yet.
        </p>
      ) : (
        <>
          <div class="field">
            <label for="person-filter">Find a name</label>
            <input
              id="person-filter"
              type="search"
              value={filter}
              autocomplete="off"
              onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
              data-testid="person-filter"
            />
          </div>
          <fieldset class="person-names">
            <legend>Names they appeared under</legend>
            {shown.length ? (
              <ul>
                {shown.map((n, i) => (
                  <li key={n.name}>
                    <input
                      type="checkbox"
                      id={`person-name-${i}`}
                      checked={chosen.includes(n.name)}
                      onChange={(e) => toggle(n.name, (e.target as HTMLInputElement).checked)}
                      data-testid="person-name"
                      data-name={n.name}
                    />{' '}
                    <label for={`person-name-${i}`}>
                      {n.name} <span class="attendee-times">({n.meetingCount ? plural(n.meetingCount, 'meeting', 'meetings') : 'a remembered choice'})</span>
                    </label>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="empty">No name matches “{filter.trim()}”.</p>
            )}
            {matching.length > shown.length ? <p class="field-hint">{plural(matching.length - shown.length, 'more name matches', 'more names match')}: type more of the name.</p> : null}
          </fieldset>
          <div class="actions">
            <button type="button" class="button" disabled={!chosen.length} onClick={find} data-testid="person-find">
              Find what is held
            </button>
          </div>
        </>
      )}
      {found ? (
        <div class="report" data-testid="person-report">
          <h3>What this browser holds about {chosen.join(' / ')}</h3>
          {held.length || found.meetings.length ? (
            <>
              <ul>
                {held.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {found.meetings.length ? (
                <p>
                  In {plural(found.meetings.length, 'meeting', 'meetings')}:{' '}
                  {found.meetings.map((m) => `${m.title} (${formatDate(m.startedAtMs)}${m.isLive ? ', being recorded now' : ''})`).join('; ')}.
                </p>
              ) : null}
              <p class="field-hint">
                Mentions by first name alone (“thanks, Tom”) are not found. Backups, exports and summaries already sent hold their own copies.
              </p>
              <div class="actions">
                <button type="button" class="button secondary" disabled={isBusy} onClick={() => run(props.onDownload)} data-testid="person-download">
                  Download what is held
                </button>
                {isAsking ? null : (
                  <button type="button" class="button secondary" ref={deleteRef} disabled={isBusy} onClick={() => setAsking(true)} data-testid="person-delete">
                    Delete everything about them
                  </button>
                )}
              </div>
              {isAsking ? (
                <div
                  class="delete-meeting confirm"
                  role="group"
                  aria-labelledby="person-delete-question"
                  onKeyDown={(event) => {
                    if (event.key === 'Escape') {
                      event.preventDefault();
                      setAsking(false);
                    }
                  }}
                >
                  <p id="person-delete-question" data-testid="person-delete-question">
                    Delete everything about {chosen.join(' / ')}? Their captions, speaking times, attendance and tally turns are deleted; they are
                    taken off the actions they own and out of kept summaries; where others named them, the name is replaced. This cannot be undone.
                  </p>
                  <div class="actions">
                    <button
                      type="button"
                      class="button danger"
                      ref={confirmRef}
                      disabled={isBusy}
                      onClick={() =>
                        run(props.onDelete, (result) => {
                          if (!result.ok) return;
                          // The question and the report go: focus stays in the section, where the result is announced.
                          wasAsking.current = false;
                          setAsking(false);
                          setFound(null);
                          setChosen([]);
                          headingRef.current?.focus();
                        })
                      }
                      data-testid="person-delete-confirm"
                    >
                      Delete everything about them
                    </button>
                    <button type="button" class="button secondary" onClick={() => setAsking(false)} data-testid="person-delete-cancel">
                      Keep it
                    </button>
                  </div>
                </div>
              ) : null}
            </>
          ) : (
            <p data-testid="person-nothing">Nothing is held under {chosen.length === 1 ? 'this name' : 'these names'}.</p>
          )}
        </div>
      ) : null}
      <div role="status" aria-live="polite" data-testid="person-status">
        {outcome ? <p class={outcome.ok ? 'success' : 'error'}>{outcome.text}</p> : null}
      </div>
    </section>
  );
}
