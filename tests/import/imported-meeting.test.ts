// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMeetingExport, meetingExportSchema, parseMeetingExport } from '@/utils/core/meeting-export';
import { buildSummary } from '@/utils/core/summary';
import { loadMeetingAnalysis } from '@/utils/db/analysis-repo';
import { createBackup, restoreBackup } from '@/utils/db/backup-repo';
import { parseBackup } from '@/utils/db/backup-format';
import type { MeetingDb } from '@/utils/db/database';
import { saveImportedMeeting } from '@/utils/db/import-repo';
import { getMeetingBundle, recordCaptureReport } from '@/utils/db/meetings-repo';
import { loadSummaryInput } from '@/utils/db/summary-repo';
import { attendeeName, buildImportedMeeting, previewTranscript, startOf, suggestDetails } from '@/utils/import/build-import';
import { readTranscriptFile } from '@/utils/import/read-transcript-file';
import type { ParsedTranscript } from '@/utils/import/transcript';
import { makeBatch, makeDb } from '../helpers/builders';
import { language } from '../helpers/language';

const FIXTURES = join(__dirname, '..', 'fixtures', 'transcripts');
const START = new Date(2026, 10, 18, 10, 0).getTime();

let databases: MeetingDb[] = [];
afterEach(async () => {
  for (const db of databases) await db.delete();
  databases = [];
});

function freshDb(): MeetingDb {
  const db = makeDb();
  databases.push(db);
  return db;
}

async function read(name: string): Promise<ParsedTranscript> {
  const result = await readTranscriptFile({ name, bytes: new Uint8Array(readFileSync(join(FIXTURES, name))) });
  if (!result.ok) throw new Error(result.error);
  return result.transcript;
}

async function importFixture(db: MeetingDb, name: string, options: { title?: string; startedAtMs?: number; id?: string } = {}) {
  const transcript = await read(name);
  const preview = previewTranscript(transcript);
  const rows = buildImportedMeeting(transcript, preview, {
    meetingId: options.id ?? `import-${name}`,
    fileName: name,
    title: options.title ?? transcript.title ?? 'Primary Care Commissioning Committee',
    startedAtMs: options.startedAtMs ?? START,
    nowMs: START + 86_400_000,
  });
  return { transcript, preview, rows, meeting: await saveImportedMeeting(db, rows) };
}

describe('an imported meeting', () => {
  it('is stored as a finished meeting with final utterances, speakers as participants, and headline figures', async () => {
    const db = freshDb();
    const { meeting } = await importFixture(db, 'teams-2026-11-18-pcc.vtt');
    const bundle = (await getMeetingBundle(db, meeting.id))!;
    expect(bundle.meeting).toMatchObject({
      platform: 'import',
      code: null,
      url: '',
      startedAtMs: START,
      endedAtMs: START + 58_000,
      importedFrom: { layout: 'teams-vtt', container: 'vtt', timing: 'cues', skipped: [{ count: 1 }] },
      figures: { source: 'captions', speakerCount: 4 },
    });
    expect(bundle.meeting.seriesId).toBe(`series-${meeting.id}`);
    expect(bundle.utterances.every((u) => u.isFinal && u.source === 'captions')).toBe(true);
    expect(bundle.utterances[0]).toMatchObject({ startMs: START + 4_120, endMs: START + 11_020, wordCount: 14 });
    expect(bundle.utterances.filter((u) => u.isSpeakerUnknown).map((u) => [u.speaker, u.text])).toEqual([['Unknown speaker', 'Inaudible comment from the room.']]);
    expect(bundle.participants.map((p) => [p.name, p.seenIn, p.intervals])).toContainEqual([
      'RICHARDS, Tom (TOWNSHIPS 1 PCN)',
      ['captions'],
      [{ joinMs: START + 12_300, leaveMs: START + 58_000 }],
    ]);
  });

  it('goes through the one analysis: talk from cue timings with no live-caption allowance, organisations from NHSmail names and introductions, suggested actions and decisions', async () => {
    const db = freshDb();
    const { meeting } = await importFixture(db, 'teams-2026-11-18-pcc.vtt');
    const { analysis } = (await loadMeetingAnalysis(db, meeting.id, START + 86_400_000, language))!;
    const talk = analysis.talk.primary!;
    expect(talk).toMatchObject({ source: 'captions', shareBasis: 'time' });
    // Helen's three utterances, exactly as the cues time them: 6.9 s, 9.1 s and 4.5 s.
    expect(talk.participants.find((p) => p.speaker.startsWith('MARSDEN'))!.talkMs).toBe(6_900 + 9_100 + 4_500);
    expect(analysis.resolutions.get('MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)')).toMatchObject({ personName: 'Helen Marsden', sector: 'icb' });
    expect(analysis.resolutions.get('RICHARDS, Tom (TOWNSHIPS 1 PCN)')).toMatchObject({ sector: 'pcn' });
    expect(analysis.resolutions.get('Daniel Okafor')?.sector).toBe('unknown');
    expect(analysis.unknownCaptions.map((c) => c.text)).toEqual(['Inaudible comment from the room.']);
    const kinds = analysis.suggestions.map((s) => [s.kind, s.text]);
    expect(kinds).toContainEqual(['decision', expect.stringMatching(/approved the enhanced access plan/)]);
    expect(analysis.suggestions.filter((s) => s.kind === 'action').length).toBeGreaterThanOrEqual(2);
  });

  it('splits into the agenda items the chair announced, in the analysis and the export', async () => {
    const db = freshDb();
    const { meeting } = await importFixture(db, 'teams-2026-11-18-pcc.vtt');
    const { bundle, analysis } = (await loadMeetingAnalysis(db, meeting.id, START + 86_400_000, language))!;
    expect(analysis.items.map((item) => [item.number, item.title, item.source])).toEqual([[1, 'Enhanced access plan', 'said']]);
    const exported = meetingExportSchema.parse(buildMeetingExport(bundle, analysis, START + 86_400_000));
    expect(exported.items.map((item) => [item.number, item.title, item.source])).toEqual([[1, 'Enhanced access plan', 'said']]);
  });

  it('shares talk by words when the file has no timings, and the summary says where the figures come from', async () => {
    const db = freshDb();
    const { meeting, preview } = await importFixture(db, 'speaker-lines-cd-forum.txt', { title: 'PCN clinical directors forum' });
    const input = (await loadSummaryInput(db, meeting.id, START + 86_400_000, language))!;
    const talk = input.analysis.talk.primary!;
    expect(talk.shareBasis).toBe('words');
    const nadia = talk.participants.find((p) => p.speaker === 'Nadia Hussain')!;
    expect(nadia.shareRatio).toBeCloseTo(nadia.words / talk.totalWords, 10);
    expect(preview.words).toBe(talk.totalWords);
    const summary = buildSummary(input);
    expect(summary.facts).toContainEqual({ label: 'Where', value: 'Transcript with “Name: words” lines (text file), imported' });
    expect(summary.facts.find((f) => f.label === 'Figures from')?.value).toMatch(/^the transcript’s words \(it has no timings/);
    expect(summary.facts.find((f) => f.label === 'Time')?.value).toMatch(/^10:00, about \d+ seconds \(estimated from the words\)$/);
  });

  it('joins the series of an earlier meeting with the same title apart from the date, like any meeting', async () => {
    const db = freshDb();
    const october = await recordCaptureReport(
      db,
      makeBatch({ sessionId: 'teams-oct', platform: 'teams', meetingUrl: 'https://teams.microsoft.com/v2/', joinedAtMs: START - 28 * 86_400_000, meeting: { code: null, title: 'Primary Care Commissioning Committee – October 2026', selfName: null } }),
      { tabId: 1, nowMs: START - 28 * 86_400_000 },
    );
    const { meeting } = await importFixture(db, 'teams-2026-11-18-pcc.docx', { title: 'Primary Care Commissioning Committee – November 2026' });
    expect(meeting.seriesId).toBe(october.seriesId);
  });

  it('exports with what its file was, and the export reads back', async () => {
    const db = freshDb();
    const { meeting } = await importFixture(db, 'zoom-2026-11-20-lmc.vtt', { title: 'LMC liaison' });
    const { bundle, analysis } = (await loadMeetingAnalysis(db, meeting.id, START + 86_400_000))!;
    const exported = meetingExportSchema.parse(buildMeetingExport(bundle, analysis, START + 86_400_000));
    expect(exported.meeting).toMatchObject({ platform: 'import', importedFrom: { layout: 'zoom-vtt', container: 'vtt', fileName: 'zoom-2026-11-20-lmc.vtt', timing: 'cues' } });
    expect(exported.utterances.map((u) => u.speaker)).toEqual(['Dr Priya Shah', "Mark O'Neill", 'Dr Priya Shah', "Mark O'Neill", 'José García-López']);
    expect(parseMeetingExport(JSON.stringify(exported)).ok).toBe(true);
  });

  it('is carried by a backup and restored into another browser as it was', async () => {
    const db = freshDb();
    const { meeting } = await importFixture(db, 'meet-2026-11-19-place-board.docx');
    const backup = parseBackup(JSON.stringify(await createBackup(db, START + 86_400_000)));
    if (!backup.ok) throw new Error(backup.problems.join(' '));
    const other = freshDb();
    expect((await restoreBackup(other, backup.backup)).ok).toBe(true);
    const [before, after] = await Promise.all([getMeetingBundle(db, meeting.id), getMeetingBundle(other, meeting.id)]);
    expect(after).toEqual(before);
    expect(after!.participants.map((p) => p.name)).toContain('Rotherham Council Room');
  });
});

describe('suggestDetails and startOf', () => {
  it('fills the title, date and start time from the file where it says them', async () => {
    const transcript = await read('teams-2026-11-18-pcc.docx');
    expect(suggestDetails(transcript, previewTranscript(transcript), { name: 'x.docx', lastModifiedMs: 0 })).toEqual({
      title: 'Primary Care Commissioning Committee',
      date: '2026-11-18',
      time: '10:00',
      isTitleFromFile: true,
      isWhenFromFile: true,
    });
  });

  it('otherwise takes the title from the file name and guesses the start from when the file was saved, less the meeting', async () => {
    const transcript = await read('teams-2026-11-18-pcc.vtt');
    const savedMs = new Date(2026, 10, 18, 11, 35).getTime();
    expect(suggestDetails(transcript, previewTranscript(transcript), { name: 'Place_board November.vtt', lastModifiedMs: savedMs })).toEqual({
      title: 'Place board November',
      date: '2026-11-18',
      time: '11:30',
      isTitleFromFile: false,
      isWhenFromFile: false,
    });
  });

  it('reads the preview form’s date and time, and refuses ones that are not real', () => {
    expect(startOf({ date: '2026-11-18', time: '10:00' })).toBe(START);
    expect(startOf({ date: '2026-02-30', time: '10:00' })).toBeNull();
    expect(startOf({ date: '', time: '10:00' })).toBeNull();
  });
});

describe('attendeeName', () => {
  it('keeps the name and never an email address from a file’s attendee list', () => {
    expect(attendeeName('Jo Bloggs <jo.bloggs@nhs.net>')).toBe('Jo Bloggs');
    expect(attendeeName('Priya Shah (priya.shah1@nhs.net)')).toBe('Priya Shah');
    expect(attendeeName('sam.okoro@nhs.net')).toBe('');
    expect(attendeeName('  Dr   Helen Marsden ')).toBe('Dr Helen Marsden');
  });
});
