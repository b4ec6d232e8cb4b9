import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agendaFileSchema, corpusMeetingSchema, snippetFileSchema, type AgendaExcerpt, type CorpusMeeting, type Snippet } from './schema';

const ROOT = join(import.meta.dirname);

/** One part of the corpus: its snippets, whole meetings and agenda excerpts. */
export interface CorpusPart {
  readonly snippets: Snippet[];
  readonly meetings: (CorpusMeeting & { file: string })[];
  readonly agendaExcerpts: AgendaExcerpt[];
}

/** Every snippet, whole meeting and agenda excerpt of one part of the corpus, checked against the schema. */
export function loadCorpus(part: 'dev' | 'test'): CorpusPart {
  const folder = join(ROOT, part);
  const snippets: Snippet[] = [];
  const meetings: (CorpusMeeting & { file: string })[] = [];
  const agendaExcerpts: AgendaExcerpt[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const data: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    if (file.startsWith('snippets-')) {
      const parsed = snippetFileSchema.parse(data);
      if (parsed.part !== part) throw new Error(`${file} says it is part "${parsed.part}" but is in ${part}/`);
      snippets.push(...parsed.snippets);
    } else if (file.startsWith('meeting-')) {
      const parsed = corpusMeetingSchema.parse(data);
      if (parsed.part !== part) throw new Error(`${file} says it is part "${parsed.part}" but is in ${part}/`);
      meetings.push({ ...parsed, file });
    } else if (file.startsWith('agenda-')) {
      const parsed = agendaFileSchema.parse(data);
      if (parsed.part !== part) throw new Error(`${file} says it is part "${parsed.part}" but is in ${part}/`);
      agendaExcerpts.push(...parsed.excerpts);
    } else {
      throw new Error(`${file}: corpus files are named snippets-*.json, meeting-*.json or agenda-*.json`);
    }
  }
  return { snippets, meetings, agendaExcerpts };
}
