// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '@/components/download';
import { MeetingView } from '@/entrypoints/sidepanel/meeting-view';
import { language } from '../helpers/language';
import { formatPercent } from '@/utils/core/format';
import type { MeetingExport } from '@/utils/core/meeting-export';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS, type SummaryModel } from '@/utils/core/summary';
import { sectorById } from '@/utils/core/taxonomy';
import type { MeetingDb } from '@/utils/db/database';
import { recordCaptureReport, setTalkSource } from '@/utils/db/meetings-repo';
import { saveMapping } from '@/utils/db/organisations-repo';
import { applyRetention } from '@/utils/db/retention-repo';
import { savePrivacySettings } from '@/utils/db/settings-repo';
import { loadSummaryInput } from '@/utils/db/summary-repo';
import { assignSpeaker, endManualMeeting, startManualMeeting, tallySilence, tallyTap } from '@/utils/db/tally-repo';
import { makeBatch, makeDb, makeRoster, makeUtterance } from '../helpers/builders';
import { loadSampleMeeting } from '../helpers/meeting';

vi.mock('@/components/download', () => ({ downloadFile: vi.fn() }));

const DAY_MS = 86_400_000;
/** Wednesday 18 November 2026, 10:00 local time. */
const START_MS = new Date(2026, 10, 18, 10, 0, 0).getTime();

let db: MeetingDb;
let container: HTMLElement;

beforeEach(() => {
  db = makeDb();
  vi.mocked(downloadFile).mockClear();
});

afterEach(async () => {
  render(null, container);
  container.remove();
  await db.delete();
});

async function settle(): Promise<void> {
  for (let i = 0; i < 12; i += 1) await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

/** The sample committee meeting captured in Meet (plain names, so organisations come from what people say), ended. */
async function recordSampleMeeting(options: { speakerOf?: (speaker: string) => string; extra?: Parameters<typeof makeUtterance>[0][] } = {}): Promise<string> {
  const script = loadSampleMeeting();
  const name = options.speakerOf ?? ((speaker: string) => speaker);
  const utterances = script.lines.map((line, i) =>
    makeUtterance({
      id: `s1:${i + 1}`,
      speaker: name(line.speaker),
      isSelf: line.speaker === script.selfName,
      text: line.text,
      startMs: START_MS + line.atS * 1000,
      endMs: START_MS + (line.atS + line.durationS) * 1000,
      isFinal: true,
    }),
  );
  const extra = (options.extra ?? []).map((u) => makeUtterance({ isFinal: true, ...u }));
  const endMs = START_MS + Math.max(...script.lines.map((l) => (l.atS + l.durationS) * 1000)) + 5_000;
  const meeting = await recordCaptureReport(
    db,
    makeBatch({
      sessionId: 's1',
      joinedAtMs: START_MS,
      meeting: { code: 'pcc-shef-nov', title: script.title, selfName: script.selfName },
      utterances: [...utterances, ...extra],
      roster: [makeRoster(script.participants.map((p) => name(p.name)), { atMs: START_MS })],
      isPageClosing: true,
    }),
    { tabId: 7, nowMs: endMs },
  );
  return meeting.id;
}

interface PersonView {
  readonly organisation: string | null;
  readonly sector: string;
}

interface Views {
  readonly panel: {
    readonly people: ReadonlyMap<string, PersonView>;
    readonly talkShare: string;
    readonly attendeeShare: string;
    readonly sectorShares: ReadonlyMap<string, string>;
  };
  readonly summary: SummaryModel;
  readonly exported: MeetingExport;
}

/** The side panel's figures (read from what it shows), the summary model and the JSON export, for one stored meeting. */
async function viewsOf(meetingId: string, nowMs: number): Promise<Views> {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<MeetingView db={db} meetingId={meetingId} onOpenSummary={() => undefined} />, container));
  await settle();
  const root = container;
  const people = new Map(
    [...root.querySelectorAll('[data-testid="participant-org"]')].map((li) => [
      li.getAttribute('data-name')!,
      { organisation: li.getAttribute('data-organisation') || null, sector: li.getAttribute('data-sector')! },
    ]),
  );
  (root.querySelector('[data-testid="share-view-sector"]') as HTMLInputElement | null)?.click();
  await settle();
  const sectorShares = new Map(
    [...root.querySelectorAll('[data-testid="sector-share-row"]')].map((li) => [
      li.getAttribute('data-name')!,
      li.querySelector('[data-testid="sector-share-share"]')!.textContent!,
    ]),
  );
  const panel = {
    people,
    talkShare: root.querySelector('[data-testid="primary-care-talk-share"]')?.textContent ?? '',
    attendeeShare: root.querySelector('[data-testid="primary-care-attendee-share"]')?.textContent ?? '',
    sectorShares,
  };
  act(() => (root.querySelector('[data-testid="export-json"]') as HTMLButtonElement).click());
  await settle();
  const [, json] = vi.mocked(downloadFile).mock.calls.at(-1)!;
  const exported = JSON.parse(json as string) as MeetingExport;
  const input = (await loadSummaryInput(db, meetingId, nowMs, language))!;
  const summary = buildSummary(input, { ...DEFAULT_SUMMARY_OPTIONS, redact: false });
  return { panel, summary, exported };
}

/** Each attendee's organisation as the summary lists them ("Organisation not known" is null). */
function summaryOrganisations(summary: SummaryModel): Map<string, string | null> {
  const byPerson = new Map<string, string | null>();
  for (const group of summary.attendance) {
    for (const organisation of group.organisations) {
      for (const person of organisation.people.split(', ')) byPerson.set(person, organisation.name === 'Organisation not known' ? null : organisation.name);
    }
  }
  return byPerson;
}

/** The panel, the summary and the export agree on every person, primary care's headline and the share by sector. */
function expectAgreement({ panel, summary, exported }: Views): void {
  const inSummary = summaryOrganisations(summary);
  for (const participant of exported.participants) {
    const shown = panel.people.get(participant.name);
    expect(shown, participant.name).toEqual({ organisation: participant.organisation?.name ?? null, sector: participant.sector });
    if (participant.kind === 'person') expect(inSummary.get(participant.personName), participant.name).toBe(participant.organisation?.name ?? null);
  }
  const pc = exported.organisations!.primaryCare;
  if (exported.talkTime) {
    expect(panel.talkShare).toBe(formatPercent(pc.talkShareRatio));
    expect(panel.attendeeShare).toBe(formatPercent(pc.attendeeShareRatio));
    expect(summary.headline).toBe(
      `Primary care had ${formatPercent(pc.talkShareRatio)} of the talking, with ${formatPercent(pc.attendeeShareRatio)} of the people here (${pc.attendees} of ${pc.totalAttendees}).`,
    );
  }
  const spokenSectors = exported.organisations!.bySector.filter((s) => s.talkMs > 0 || s.words > 0);
  expect(new Map(spokenSectors.map((s) => [sectorById(s.sector).name, formatPercent(s.shareRatio)]))).toEqual(panel.sectorShares);
  expect(new Map(summary.voiceBySector.map((s) => [s.name, s.share]))).toEqual(panel.sectorShares);
  expect(summary.facts.find((f) => f.label === 'Figures from')?.value ?? null).toBe(
    exported.talkTime ? { captions: 'captions', manual: 'the manual tally', indicators: 'speaking indicators' }[exported.talkTime.source] : null,
  );
}

describe('one meeting analysis: the side panel, the summary and the JSON export agree', () => {
  it('on a meeting captured from captions, with organisations from what people said', async () => {
    const meetingId = await recordSampleMeeting();
    const views = await viewsOf(meetingId, START_MS + 2 * 3_600_000);
    expectAgreement(views);
    expect(views.panel.people.get('Dr Tom Richards')).toEqual({ organisation: 'Townships 1 PCN', sector: 'pcn' });
  });

  it('on a meeting tallied by hand', async () => {
    await startManualMeeting(db, { id: 'manual-1', title: 'PCN clinical directors forum', nowMs: START_MS });
    await tallyTap(db, 'manual-1', 'Townships 1 PCN', START_MS + 10_000, 't1');
    await tallyTap(db, 'manual-1', 'Sheffield City Council', START_MS + 70_000, 't2');
    await tallyTap(db, 'manual-1', 'NHS South Yorkshire ICB', START_MS + 100_000, 't3');
    await tallySilence(db, 'manual-1', START_MS + 190_000);
    await endManualMeeting(db, 'manual-1', START_MS + 200_000);
    const views = await viewsOf('manual-1', START_MS + 3_600_000);
    expectAgreement(views);
    expect(views.exported.talkTime?.source).toBe('manual');
    expect(views.panel.sectorShares.get('Primary care network')).toBe('33%');
  });

  it('after the retention period deleted the transcript: a person who introduced themselves keeps their organisation everywhere', async () => {
    const meetingId = await recordSampleMeeting();
    await savePrivacySettings(db, { redactPatientDetails: true, retentionDays: 30 });
    expect(await applyRetention(db, START_MS + 31 * DAY_MS)).toBe(1);
    const views = await viewsOf(meetingId, START_MS + 32 * DAY_MS);
    expectAgreement(views);
    // The defect: the summary placed him in Townships 1 PCN while the panel and the export said "not known".
    expect(views.panel.people.get('Dr Tom Richards')).toEqual({ organisation: 'Townships 1 PCN', sector: 'pcn' });
    expect(views.exported.participants.find((p) => p.name === 'Dr Tom Richards')?.organisation?.name).toBe('Townships 1 PCN');
    expect(views.exported.utterances.every((u) => u.text === '')).toBe(true);
  });

  it('with the user’s own choice of organisation for someone', async () => {
    const meetingId = await recordSampleMeeting();
    await saveMapping(db, 'Dr Tom Richards', { organisationName: 'Foundry PCN', organisationId: null, odsCode: null, sector: 'pcn' }, START_MS);
    await saveMapping(db, 'Claire Bennett', { organisationName: 'Age UK Sheffield', organisationId: null, odsCode: null, sector: 'vcse' }, START_MS);
    const views = await viewsOf(meetingId, START_MS + 2 * 3_600_000);
    expectAgreement(views);
    expect(views.panel.people.get('Dr Tom Richards')).toEqual({ organisation: 'Foundry PCN', sector: 'pcn' });
    expect(views.panel.people.get('Claire Bennett')).toEqual({ organisation: 'Age UK Sheffield', sector: 'vcse' });
  });

  it('with a caption shown without its speaker, then given to someone by the user', async () => {
    const meetingId = await recordSampleMeeting({
      extra: [{ id: 's1:900', speaker: 'Unknown speaker', isSpeakerUnknown: true, text: 'From the pharmacy side we can take more referrals.', startMs: START_MS + 1_400_000, endMs: START_MS + 1_420_000 }],
    });
    await assignSpeaker(db, meetingId, ['s1:900'], 'Imran Saeed');
    const views = await viewsOf(meetingId, START_MS + 2 * 3_600_000);
    expectAgreement(views);
    expect(views.exported.utterances.find((u) => u.id === 's1:900')).toMatchObject({ speaker: 'Imran Saeed', speakerAssignedByUser: true });
  });

  it('with the figures source the user chose in the panel', async () => {
    const meetingId = await recordSampleMeeting();
    await recordCaptureReport(
      db,
      makeBatch({
        sessionId: 's1',
        joinedAtMs: START_MS,
        speech: [{ id: 'ind:1', speaker: 'Dr Tom Richards', isSelf: true, startMs: START_MS + 10_000, endMs: START_MS + 70_000, isFinal: true }],
        isPageClosing: true,
      }),
      { tabId: 7, nowMs: START_MS + 1_500_000 },
    );
    await setTalkSource(db, meetingId, 'indicators');
    const views = await viewsOf(meetingId, START_MS + 2 * 3_600_000);
    expectAgreement(views);
    expect(views.exported.talkTime?.source).toBe('indicators');
    expect(views.panel.talkShare).toBe('100%');
  });
});
