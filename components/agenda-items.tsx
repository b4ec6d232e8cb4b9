import { useEffect, useRef, useState } from 'preact/hooks';
import type { ItemFlag } from '@/utils/core/agenda-items';
import { formatPercent } from '@/utils/core/format';

/** One agenda item as the side panel shows it (built from the meeting analysis by the container). */
export interface AgendaItemView {
  readonly key: string;
  /** "Item 4: Winter access scheme". */
  readonly label: string;
  /** "14:05 to 14:22 (17 min)". */
  readonly when: string;
  readonly isCurrent: boolean;
  /** "said" by the chair, or added by the user. */
  readonly source: 'said' | 'user';
  readonly primaryCareTalkRatio: number;
  readonly primaryCareSeatsRatio: number;
  readonly hasTalk: boolean;
  /** Sectors heard under the item, most talk first, for the compact bar. */
  readonly sectors: readonly { readonly id: string; readonly name: string; readonly shareRatio: number; readonly colour: string }[];
  /** People heard, most talk first ("Dr Amy Cole (Riverside PCN)"). */
  readonly speakers: readonly string[];
  readonly records: readonly { readonly id: string; readonly kind: 'action' | 'decision'; readonly text: string; readonly ref: string | null }[];
  readonly moments: number;
  readonly flags: readonly ItemFlag[];
}

/** A caption an item's start can be moved to, or an item split at. */
export interface CaptionChoice {
  readonly atMs: number;
  /** "14:12 Jo Pike: The figures for…". */
  readonly label: string;
}

export interface AgendaItemsProps {
  readonly items: readonly AgendaItemView[];
  readonly isLive: boolean;
  /** Captions each item's start can move to (between the previous item's start and its own end), by item key. */
  readonly moveChoices: ReadonlyMap<string, readonly CaptionChoice[]>;
  /** Captions inside each item that it can be split at, by item key. */
  readonly splitChoices: ReadonlyMap<string, readonly CaptionChoice[]>;
  /** Starts an item now; resolves to the new item's key so it can be named. */
  readonly onNewItem: () => Promise<string>;
  readonly onRename: (key: string, title: string) => void;
  readonly onMerge: (key: string) => void;
  readonly onMove: (key: string, atMs: number) => void;
  readonly onSplit: (atMs: number) => void;
  readonly onUndo: () => void;
  readonly canUndo: boolean;
}

function CompactBar({ item }: { item: AgendaItemView }) {
  if (!item.hasTalk) return null;
  const words = item.sectors.map((s) => `${s.name} ${formatPercent(s.shareRatio)}`).join(', ');
  return (
    <div class="item-bar" role="img" aria-label={`Share of the talk: ${words}`}>
      {item.sectors.map((s) => (
        <span key={s.id} title={`${s.name} ${formatPercent(s.shareRatio)}`} style={{ width: `${Math.max(0.5, s.shareRatio * 100)}%`, background: s.colour }} />
      ))}
    </div>
  );
}

function RenameForm({ item, onRename, autoFocus, onDone }: { item: AgendaItemView; onRename: (title: string) => void; autoFocus?: boolean; onDone?: () => void }) {
  const [title, setTitle] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);
  const id = `rename-${item.key}`;
  return (
    <form
      class="item-rename"
      onSubmit={(event) => {
        event.preventDefault();
        onRename(title);
        setTitle('');
        onDone?.();
      }}
    >
      <label for={id}>{autoFocus ? 'Name the new item (optional)' : 'New title'}</label>
      <input id={id} ref={input} type="text" maxLength={300} value={title} onInput={(e) => setTitle(e.currentTarget.value)} data-testid="item-title-input" />
      <button type="submit" class="button secondary">
        Save title
      </button>
    </form>
  );
}

function ChoiceForm({ label, choices, button, onChoose, testId }: { label: string; choices: readonly CaptionChoice[]; button: string; onChoose: (atMs: number) => void; testId: string }) {
  const [chosen, setChosen] = useState<string>('');
  if (choices.length === 0) return null;
  const id = `${testId}-${choices[0]!.atMs}`;
  return (
    <form
      class="item-choice"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) onChoose(Number(chosen));
      }}
    >
      <label for={id}>{label}</label>
      <select id={id} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)} data-testid={testId}>
        <option value="">Choose a caption…</option>
        {choices.map((c) => (
          <option key={c.atMs} value={String(c.atMs)}>
            {c.label}
          </option>
        ))}
      </select>
      <button type="submit" class="button secondary" disabled={!chosen}>
        {button}
      </button>
    </form>
  );
}

function Item({ item, isFirst, props, nameNow, onNamed }: { item: AgendaItemView; isFirst: boolean; props: AgendaItemsProps; nameNow: boolean; onNamed: () => void }) {
  // The details (and their lists of captions to move or split at) are drawn only while open:
  // a three-hour meeting has dozens of items and thousands of captions.
  const [isOpen, setIsOpen] = useState(false);
  return (
    <li class={`agenda-item${item.isCurrent ? ' current' : ''}`} data-testid="agenda-item" data-key={item.key}>
      <p class="item-heading">
        <strong data-testid="agenda-item-label">{item.label}</strong>
        {item.isCurrent ? <span class="item-now">Now</span> : null}
        <span class="item-when">{item.when}</span>
      </p>
      {item.hasTalk ? (
        <p class="item-figures" data-testid="agenda-item-figures">
          Primary care: {formatPercent(item.primaryCareTalkRatio)} of the talk, {formatPercent(item.primaryCareSeatsRatio)} of the people here
        </p>
      ) : (
        <p class="item-figures">No talk recorded under this item yet.</p>
      )}
      <CompactBar item={item} />
      {item.flags.map((flag) => (
        <p key={flag.kind} class="warning item-flag" data-testid="agenda-item-flag">
          {flag.text}
        </p>
      ))}
      {nameNow ? <RenameForm item={item} autoFocus onRename={(title) => props.onRename(item.key, title)} onDone={onNamed} /> : null}
      <details class="item-details" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
        <summary>Details and changes</summary>
        {isOpen ? <ItemDetails item={item} isFirst={isFirst} props={props} /> : null}
      </details>
    </li>
  );
}

function ItemDetails({ item, isFirst, props }: { item: AgendaItemView; isFirst: boolean; props: AgendaItemsProps }) {
  return (
    <>
        {item.speakers.length ? <p>Spoke: {item.speakers.join(', ')}</p> : null}
        {item.records.length ? (
          <ul class="item-records">
            {item.records.map((r) => (
              <li key={r.id}>
                {r.kind === 'decision' ? 'Decision' : 'Action'}
                {r.ref ? ` ${r.ref}` : ' (suggested)'}: {r.text}
              </li>
            ))}
          </ul>
        ) : (
          <p>No decisions or actions under this item.</p>
        )}
        <p>
          {item.moments === 0 ? 'No primary care moments.' : `${item.moments} primary care ${item.moments === 1 ? 'moment' : 'moments'}.`}{' '}
          {item.source === 'user' ? 'Started by you.' : 'Started by the chair.'}
        </p>
        <RenameForm item={item} onRename={(title) => props.onRename(item.key, title)} />
        <ChoiceForm label="Move this item’s start to" choices={props.moveChoices.get(item.key) ?? []} button="Move start" onChoose={(atMs) => props.onMove(item.key, atMs)} testId="item-move" />
        <ChoiceForm label="Split this item at" choices={props.splitChoices.get(item.key) ?? []} button="Split here" onChoose={props.onSplit} testId="item-split" />
        {!isFirst ? (
          <button type="button" class="button secondary" onClick={() => props.onMerge(item.key)} data-testid="item-merge">
            Merge into the item before
          </button>
        ) : null}
    </>
  );
}

/**
 * The meeting's agenda items, each with a compact share-of-the-talk bar,
 * primary care's share against its share of the people here, and any flag.
 * During the call the current item comes first; "New item" (Alt+N) starts
 * one now. After the call items can be renamed, merged, split and moved.
 */
export function AgendaItems(props: AgendaItemsProps) {
  const [naming, setNaming] = useState<string | null>(null);
  const [isStarting, setIsStarting] = useState(false);
  const startNow = (): void => {
    if (isStarting) return;
    setIsStarting(true);
    void props
      .onNewItem()
      .then((key) => setNaming(key))
      .finally(() => setIsStarting(false));
  };
  const startRef = useRef(startNow);
  startRef.current = startNow;
  useEffect(() => {
    if (!props.isLive) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
        event.preventDefault();
        startRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [props.isLive]);

  const ordered = props.isLive ? [...props.items].reverse() : props.items;
  return (
    <section class="agenda" aria-labelledby="agenda-heading" data-testid="agenda">
      <h2 id="agenda-heading">Agenda items</h2>
      {props.isLive ? (
        <div class="actions">
          <button type="button" class="button" onClick={startNow} aria-keyshortcuts="Alt+N" data-testid="new-item">
            New item <span class="shortcut">(Alt+N)</span>
          </button>
          {props.canUndo ? (
            <button type="button" class="button secondary" onClick={props.onUndo} data-testid="undo-item">
              Undo last change
            </button>
          ) : null}
        </div>
      ) : null}
      {props.items.length === 0 ? (
        <p class="empty" data-testid="agenda-empty">
          No agenda items yet. An item starts when the chair says so (“item four”, “moving on to…”, “any other business”)
          {props.isLive ? ', or when you press New item.' : '.'}
        </p>
      ) : (
        <ol class="agenda-list" reversed={props.isLive}>
          {ordered.map((item) => (
            <Item key={item.key} item={item} isFirst={item.key === props.items[0]!.key} props={props} nameNow={naming === item.key} onNamed={() => setNaming(null)} />
          ))}
        </ol>
      )}
      {!props.isLive && props.canUndo ? (
        <div class="actions">
          <button type="button" class="button secondary" onClick={props.onUndo} data-testid="undo-item">
            Undo last change to the items
          </button>
        </div>
      ) : null}
    </section>
  );
}
