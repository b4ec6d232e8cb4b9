import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load';
import type { AgendaExcerpt, CorpusMeeting, Snippet } from './schema';

function checkSnippet(snippet: Snippet): string[] {
  const problems: string[] = [];
  const names = new Set(snippet.people.map((p) => p.displayName));
  snippet.lines.forEach((line, i) => {
    if (!names.has(line.speaker)) problems.push(`${snippet.id} line ${i}: speaker "${line.speaker}" is not in people`);
  });
  for (const item of [...snippet.expect.actions, ...snippet.expect.decisions]) {
    if (item.line >= snippet.lines.length) problems.push(`${snippet.id}: an expectation points at line ${item.line}, past the last line`);
  }
  for (const action of snippet.expect.actions) {
    if (action.ownerKind === 'person' && (!action.owner || !names.has(action.owner))) problems.push(`${snippet.id}: person owner "${action.owner}" is not in people`);
  }
  for (const intro of snippet.expect.introductions) {
    if (!names.has(intro.displayName)) problems.push(`${snippet.id}: introduction of "${intro.displayName}", who is not in people`);
  }
  return problems;
}

function checkMeeting(meeting: CorpusMeeting & { file: string }): string[] {
  const problems: string[] = [];
  const names = new Set(meeting.participants.map((p) => p.name));
  meeting.lines.forEach((line, i) => {
    if (!names.has(line.speaker)) problems.push(`${meeting.file} line ${i}: speaker "${line.speaker}" is not a participant`);
    const previous = meeting.lines[i - 1];
    if (previous && line.atS < previous.atS) problems.push(`${meeting.file} line ${i}: starts before the line before it`);
  });
  for (const item of [...meeting.truth.actions, ...meeting.truth.decisions, ...meeting.truth.agendaItems]) {
    if (item.line >= meeting.lines.length) problems.push(`${meeting.file}: a truth entry points at line ${item.line}, past the last line`);
  }
  for (const action of meeting.truth.actions) {
    if (action.ownerKind === 'person' && (!action.owner || !names.has(action.owner))) problems.push(`${meeting.file}: person owner "${action.owner}" is not a participant`);
  }
  if (!names.has(meeting.selfName)) problems.push(`${meeting.file}: selfName is not a participant`);
  for (const p of meeting.participants) {
    if (p.viaRoom && !meeting.participants.some((room) => room.isRoom && room.name === p.viaRoom)) problems.push(`${meeting.file}: ${p.name} speaks through "${p.viaRoom}", which is not a room participant`);
  }
  return problems;
}

function checkAgendaExcerpt(excerpt: AgendaExcerpt): string[] {
  const problems: string[] = [];
  const names = new Set(excerpt.people.map((p) => p.displayName));
  if (!names.has(excerpt.chair)) problems.push(`${excerpt.id}: the chair "${excerpt.chair}" is not in people`);
  excerpt.lines.forEach((line, i) => {
    if (!names.has(line.speaker)) problems.push(`${excerpt.id} line ${i}: speaker "${line.speaker}" is not in people`);
  });
  for (const start of excerpt.starts) {
    if (start.line >= excerpt.lines.length) problems.push(`${excerpt.id}: a start points at line ${start.line}, past the last line`);
  }
  return problems;
}

it('holds at least 300 annotated snippets and at least two whole meetings in all', () => {
  const dev = loadCorpus('dev');
  const test = loadCorpus('test');
  expect(dev.snippets.length + test.snippets.length).toBeGreaterThanOrEqual(300);
  expect(dev.meetings.length + test.meetings.length).toBeGreaterThanOrEqual(2);
});

describe.each(['dev', 'test'] as const)('the %s part of the understanding corpus', (part) => {
  const corpus = loadCorpus(part);

  it('holds snippets and whole meetings that match the schema and point at real lines and people', () => {
    const problems = [...corpus.snippets.flatMap(checkSnippet), ...corpus.meetings.flatMap(checkMeeting), ...corpus.agendaExcerpts.flatMap(checkAgendaExcerpt)];
    expect(problems).toEqual([]);
  });

  it('is big enough to measure: at least 150 snippets and a whole meeting', () => {
    expect(corpus.snippets.length).toBeGreaterThanOrEqual(150);
    expect(corpus.meetings.length).toBeGreaterThanOrEqual(1);
  });

  it('has unique snippet ids', () => {
    const ids = corpus.snippets.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
