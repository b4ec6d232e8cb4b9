import { useMemo } from 'preact/hooks';
import { AgendaItems, type AgendaItemView, type CaptionChoice } from '@/components/agenda-items';
import { itemFlags, itemLabel, type MeetingItem } from '@/utils/core/agenda-items';
import { formatTime } from '@/utils/core/format';
import type { MeetingAnalysis } from '@/utils/core/meeting-analysis';
import { sectorById } from '@/utils/core/taxonomy';
import type { MeetingDb, MeetingRow } from '@/utils/db/database';
import { mergeIntoPrevious, moveItemStart, renameItem, startItem, undoLastItemEdit } from '@/utils/db/items-repo';

/** Most captions offered in one item's move or split list, so a long item stays a short list. */
const MAX_CHOICES = 150;

/** "14:05 to 14:22 (17 min)", or "since 14:05 (17 min)" for the item running now. */
function whenOf(item: MeetingItem): string {
  const minutes = Math.round(item.durationMs / 60_000);
  const length = minutes < 1 ? 'under a minute' : `${minutes} min`;
  return item.isCurrent ? `since ${formatTime(item.startMs)} (${length})` : `${formatTime(item.startMs)} to ${formatTime(item.endMs)} (${length})`;
}

export function itemView(item: MeetingItem, analysis: MeetingAnalysis): AgendaItemView {
  const nameOf = (displayName: string): string => {
    const r = analysis.resolutions.get(displayName);
    const person = r?.personName ?? displayName;
    return r?.organisation ? `${person} (${r.organisation.name})` : person;
  };
  return {
    key: item.key,
    label: itemLabel(item),
    when: whenOf(item),
    isCurrent: item.isCurrent,
    source: item.source,
    primaryCareTalkRatio: item.organisations.primaryCare.talkShareRatio,
    primaryCareSeatsRatio: item.organisations.primaryCare.attendeeShareRatio,
    hasTalk: (item.talk?.participants.length ?? 0) > 0,
    sectors: item.organisations.bySector
      .filter((s) => s.shareRatio > 0)
      .map((s) => ({ id: s.id, name: s.name, shareRatio: s.shareRatio, colour: sectorById(s.id).colour })),
    speakers: (item.talk?.participants ?? []).map((p) => nameOf(p.speaker)),
    records: item.records.map((r) => ({ id: r.id, kind: r.kind, text: r.text, ref: r.ref })),
    moments: item.moments.length,
    flags: itemFlags(item, { confirmedOnly: false }),
  };
}

/** The agenda items of a meeting, with the user's changes written to IndexedDB. */
export function AgendaSection({ db, meeting, analysis, editCount }: { db: MeetingDb; meeting: MeetingRow; analysis: MeetingAnalysis; editCount: number }) {
  const views = useMemo(() => analysis.items.map((item) => itemView(item, analysis)), [analysis]);
  const { moveChoices, splitChoices } = useMemo(() => {
    const captions = analysis.utterances.filter((u) => u.isFinal && u.text && !u.isSpeakerUnknown);
    const choice = (u: (typeof captions)[number]): CaptionChoice => {
      const who = analysis.resolutions.get(u.speaker)?.personName ?? u.speaker;
      const words = u.text.length > 60 ? `${u.text.slice(0, 60)}…` : u.text;
      return { atMs: u.startMs, label: `${formatTime(u.startMs)} ${who}: ${words}` };
    };
    const move = new Map<string, CaptionChoice[]>();
    const split = new Map<string, CaptionChoice[]>();
    analysis.items.forEach((item, i) => {
      const previousStartMs = analysis.items[i - 1]?.startMs ?? analysis.items[0]!.startMs - 30 * 60_000;
      move.set(item.key, captions.filter((u) => u.startMs > previousStartMs && u.startMs < item.endMs && u.startMs !== item.startMs).slice(0, MAX_CHOICES).map(choice));
      split.set(item.key, captions.filter((u) => u.startMs > item.startMs && u.startMs < item.endMs).slice(0, MAX_CHOICES).map(choice));
    });
    return { moveChoices: move, splitChoices: split };
  }, [analysis]);

  return (
    <AgendaItems
      items={views}
      isLive={meeting.endedAtMs === null}
      moveChoices={moveChoices}
      splitChoices={splitChoices}
      onNewItem={async () => `user:${(await startItem(db, meeting.id, Date.now(), null, Date.now())).id}`}
      onRename={(key, title) => void renameItem(db, meeting.id, key, title, Date.now())}
      onMerge={(key) => void mergeIntoPrevious(db, meeting.id, key, Date.now())}
      onMove={(key, atMs) => void moveItemStart(db, meeting.id, key, atMs, Date.now())}
      onSplit={(atMs) => void startItem(db, meeting.id, atMs, null, Date.now())}
      onUndo={() => void undoLastItemEdit(db, meeting.id)}
      canUndo={editCount > 0}
    />
  );
}
