// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { previewTranscript } from '@/utils/import/build-import';
import { decodeText, MAX_TRANSCRIPT_BYTES, readTranscriptFile } from '@/utils/import/read-transcript-file';
import type { ParsedTranscript } from '@/utils/import/transcript';

const FIXTURES = join(__dirname, '..', 'fixtures', 'transcripts');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function read(name: string, bytes = fixture(name)): Promise<ParsedTranscript> {
  const result = await readTranscriptFile({ name, bytes });
  if (!result.ok) throw new Error(result.error);
  return result.transcript;
}

async function refusal(name: string, bytes = fixture(name)): Promise<string> {
  const result = await readTranscriptFile({ name, bytes });
  if (result.ok) throw new Error(`${name} was read as ${result.transcript.layout}`);
  return result.error;
}

/** Speaker and text of each merged utterance. */
async function said(name: string): Promise<[string | null, string][]> {
  return previewTranscript(await read(name)).utterances.map((u) => [u.speaker, u.text]);
}

const HELEN = 'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)';
const TOM = 'RICHARDS, Tom (TOWNSHIPS 1 PCN)';
const SIAN = 'Ó BRIAIN, Siân (SHEFFIELD CITY COUNCIL)';

describe('readTranscriptFile: Microsoft Teams WebVTT', () => {
  it('reads voice spans through a BOM, CRLF, cue identifiers and NOTE blocks, joining a sentence cut in two by cues', async () => {
    const transcript = await read('teams-2026-11-18-pcc.vtt');
    expect(transcript).toMatchObject({ layout: 'teams-vtt', container: 'vtt', timing: 'cues', title: null });
    expect(await said('teams-2026-11-18-pcc.vtt')).toEqual([
      [HELEN, 'Good morning everyone, and welcome to the primary care commissioning committee. We are quorate.'],
      [TOM, "Thank you, Helen. I'm Tom Richards, clinical director of Townships 1 PCN."],
      [SIAN, 'Siân Ó Briain, public health, Sheffield City Council. Diolch & good morning.'],
      [HELEN, 'Item one is the enhanced access plan. Tom, could you send the access figures to the ICB by 31 January?'],
      [TOM, "Yes, I'll send those over. Practices are seeing 12% more same-day demand."],
      [null, 'Inaudible comment from the room.'],
      ['Daniel Okafor', 'ACTION: Daniel to circulate the utilisation data by PCN before the next meeting.'],
      [HELEN, 'Thank you. The committee approved the enhanced access plan.'],
    ]);
  });

  it('takes its times from the cues, and counts a cue whose time cannot be read, with its line', async () => {
    const transcript = await read('teams-2026-11-18-pcc.vtt');
    const { utterances } = previewTranscript(transcript);
    expect(utterances[0]).toMatchObject({ startMs: 4_120, endMs: 11_020 });
    expect(transcript.skipped).toEqual([{ reason: 'cue with a time that could not be read (line 36)', count: 1 }]);
    expect(utterances.map((u) => u.text).join(' ')).not.toContain('damaged time');
  });

  it('splits a cue with two voices between them by their words, and keeps words outside any voice without a speaker', async () => {
    const text = 'WEBVTT\n\n1\n00:00:00.000 --> 00:00:10.000\n<v Ann Lee>One two three four.</v> <v Bo Chan>Five.</v>\n\n2\n00:00:10.000 --> 00:00:12.000\n<v Ann Lee>Six</v> seven\n';
    const { cues } = await read('two.vtt', new TextEncoder().encode(text));
    expect(cues).toEqual([
      { speaker: 'Ann Lee', text: 'One two three four.', startMs: 0, endMs: 8_000 },
      { speaker: 'Bo Chan', text: 'Five.', startMs: 8_000, endMs: 10_000 },
      { speaker: 'Ann Lee', text: 'Six', startMs: 10_000, endMs: 11_000 },
      { speaker: null, text: 'seven', startMs: 11_000, endMs: 12_000 },
    ]);
  });

  it('reads the old Teams layout: no closing </v>, NOTE duration and language in the header', async () => {
    const text = 'WEBVTT\nNOTE duration:"01:02:03.4560000"\nNOTE language:en-gb\n\n0a1b-0\n00:00:01.000 --> 00:00:03.000\n<v Claire Bennett>Welcome &lt;all&gt;.\n';
    const transcript = await read('old.vtt', new TextEncoder().encode(text));
    expect(transcript.durationMs).toBe(3_723_000);
    expect(transcript.cues).toEqual([{ speaker: 'Claire Bennett', text: 'Welcome <all>.', startMs: 1_000, endMs: 3_000 }]);
  });
});

describe('readTranscriptFile: Zoom', () => {
  it('reads Zoom WebVTT, where each cue starts "Name: "', async () => {
    expect((await read('zoom-2026-11-20-lmc.vtt')).layout).toBe('zoom-vtt');
    expect(await said('zoom-2026-11-20-lmc.vtt')).toEqual([
      ['Dr Priya Shah', 'Good evening, this is the Sheffield LMC liaison meeting with the ICB. Welcome, everyone.'],
      ["Mark O'Neill", "Thanks, Priya. Mark O'Neill, primary care contracts, NHS South Yorkshire ICB."],
      ['Dr Priya Shah', 'Mark, can you confirm the locally commissioned services funding by 15 December?'],
      ["Mark O'Neill", 'I will confirm that by 15 December.'],
      ['José García-López', 'From the practice side, our list has grown by 800 patients since April.'],
    ]);
  });

  it("reads Zoom's saved text transcript, with its clock times as start times", async () => {
    const transcript = await read('zoom-2026-11-20-closed-caption.txt');
    expect(transcript).toMatchObject({ layout: 'zoom-text', container: 'text', timing: 'starts', startTime: '18:02', startDate: null });
    expect(transcript.cues.map((c) => [c.speaker, c.startMs])).toEqual([
      ['Dr Priya Shah', 0],
      ["Mark O'Neill", 16_000],
      ['Dr Priya Shah', 29_000],
      ["Mark O'Neill", 47_000],
      ['José García-López', 65_000],
    ]);
    expect(transcript.cues[1]!.text).toBe("Thanks, Priya. Mark O'Neill, primary care contracts, NHS South Yorkshire ICB.");
  });

  it('carries a Zoom clock past midnight', async () => {
    const text = '[Ann Lee] 23:59:50\nStill here.\n\n[Bo Chan] 00:00:10\nHappy new year.\n';
    expect((await read('late.txt', new TextEncoder().encode(text))).cues.map((c) => c.startMs)).toEqual([0, 20_000]);
  });
});

describe('readTranscriptFile: the Teams Word transcript', () => {
  it('reads the header, entries written both ways, tabs and line breaks, and leaves out deleted text and transcription notices', async () => {
    const transcript = await read('teams-2026-11-18-pcc.docx');
    expect(transcript).toMatchObject({
      layout: 'teams-timed-lines',
      container: 'docx',
      timing: 'starts',
      title: 'Primary Care Commissioning Committee',
      startDate: '2026-11-18',
      startTime: '10:00',
      durationMs: 3_730_000,
      skipped: [],
    });
    expect(transcript.cues.map((c) => [c.speaker, c.startMs])).toEqual([
      [HELEN, 4_000],
      [TOM, 12_000],
      [SIAN, 19_000],
      [HELEN, 27_000],
      [TOM, 36_000],
      ['Daniel Okafor', 45_000],
      [HELEN, 3_723_000],
    ]);
    expect(transcript.cues[4]!.text).toBe("Yes, I'll send those over. Practices are seeing 12% more same-day demand.");
    // A sentence ending in a time is speech, not a new entry.
    expect(transcript.cues[6]!.text).toBe('Thank you. The committee approved the enhanced access plan. We meet again at 10:30');
  });

  it('reads the same layout from a text file', async () => {
    const text = 'Place board\n18 November 2026 14:00\n45m\n\nAnn Lee   0:03\nGood afternoon.\n\nBo Chan\t1:10\nThank you.\n';
    expect(await read('board.txt', new TextEncoder().encode(text))).toMatchObject({
      layout: 'teams-timed-lines',
      container: 'text',
      title: 'Place board',
      startDate: '2026-11-18',
      startTime: '14:00',
      durationMs: 2_700_000,
    });
  });
});

describe('readTranscriptFile: Google Meet', () => {
  it.each(['meet-2026-11-19-place-board.txt', 'meet-2026-11-19-place-board.docx'])('reads %s: title, date, attendees, time marks and continuation lines', async (name) => {
    const transcript = await read(name);
    expect(transcript).toMatchObject({
      layout: 'meet-transcript',
      timing: 'words',
      title: 'Rotherham Place Partnership Board',
      startDate: '2026-11-19',
      startTime: '14:00',
      durationMs: 750_000,
      attendees: ['BENNETT, Claire (NHS SOUTH YORKSHIRE ICB)', 'Dr Aisha Malik', 'Kwame Mensah', 'Rotherham Council Room'],
      skipped: [],
    });
    expect(await said(name)).toEqual([
      ['BENNETT, Claire (NHS SOUTH YORKSHIRE ICB)', 'Good afternoon and welcome to the place partnership board.'],
      ['Dr Aisha Malik', "Thank you. I'm Dr Aisha Malik, clinical director of Rotherham Central PCN."],
      ['Kwame Mensah', 'Kwame Mensah, Rotherham Council, adult social care.'],
      ['BENNETT, Claire (NHS SOUTH YORKSHIRE ICB)', "The first item is winter pressures. Aisha, could you share the PCN's winter plan by 5 December?"],
      ['Dr Aisha Malik', "Yes, I'll share the winter plan by 5 December. It covers the extra same-day appointments across all eleven practices."],
      ['Kwame Mensah', 'The board agreed to fund two more social prescribers.'],
    ]);
    // Estimated times start at the file's time marks.
    expect(previewTranscript(transcript).utterances[3]!.startMs).toBe(300_000);
  });
});

describe('readTranscriptFile: "Name: words" text', () => {
  it('reads UTF-16 with a byte order mark; a line without a name continues the speaker; a note label is not a speaker', async () => {
    const transcript = await read('speaker-lines-cd-forum.txt');
    expect(transcript).toMatchObject({ layout: 'speaker-lines', container: 'text', timing: 'words' });
    expect(transcript.skipped).toEqual([{ reason: 'line before the first speaker, not read as speech', count: 1 }]);
    expect(await said('speaker-lines-cd-forum.txt')).toEqual([
      ['Dr Tom Richards', 'Good morning. Shall we start with the workforce update?'],
      ['Nadia Hussain', "Yes. We have recruited three ARRS pharmacists since September. Note: Nadia is the PCN's workforce lead."],
      ['Dr Tom Richards', 'Thank you, Nadia. Could you send the recruitment figures to the LMC by Friday?'],
      ['Nadia Hussain', "I'll send them by Friday."],
      ['Łukasz Nowak', 'Community pharmacy can take more of the minor illness referrals.'],
    ]);
  });
});

describe('readTranscriptFile: bad input', () => {
  it.each([
    ['empty.txt', 'This file is empty. Nothing was imported.'],
    ['not-a-transcript.txt', /^This file does not look like a meeting transcript: no line says who is speaking\./],
    ['no-speakers.vtt', /^This transcript does not say who spoke/],
    ['damaged.docx', /^This Word document is damaged and cannot be opened .* Download the transcript again, then import the new copy\. Nothing was imported\.$/],
  ])('refuses %s in plain English', async (name, message) => {
    expect(await refusal(name)).toMatch(message);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const bytes = new Uint8Array(MAX_TRANSCRIPT_BYTES + 1);
    expect(await refusal('huge.vtt', bytes)).toBe(
      'This file is 50 MB, more than the 50 MB a transcript can be (a three-hour meeting is about 1 MB), so it is not read. Nothing was imported.',
    );
  });

  it.each([
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d], /^This is a PDF/],
    ['an old Word document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1], /^This is an older Word document \(\.doc\)/],
    ['an empty zip', [0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)], /^This is a zip package but not a Word document/],
    ['a spreadsheet', [...zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') })], /^This is a zip package but not a Word document/],
    ['binary data', [0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0x07, 0x08], /^This file is not text/],
  ])('names %s', async (_, bytes, message) => {
    expect(await refusal('transcript.vtt', new Uint8Array(bytes))).toMatch(message);
  });

  it('tells content from the name: a WebVTT file named .txt is read as WebVTT, and text named .vtt as text', async () => {
    expect((await read('renamed.txt', fixture('teams-2026-11-18-pcc.vtt'))).layout).toBe('teams-vtt');
    expect((await read('renamed.vtt', fixture('zoom-2026-11-20-closed-caption.txt'))).layout).toBe('zoom-text');
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without a BOM, UTF-16 both ways, and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x53, 0x69, 0xc3, 0xa2, 0x6e]))).toBe('Siân');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x53, 0x00, 0xe2, 0x00]))).toBe('Sâ');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x00, 0x53, 0x00, 0xe2]))).toBe('Sâ');
    expect(decodeText(new Uint8Array([0x53, 0x69, 0xe2, 0x6e]))).toBe('Siân');
  });
});
