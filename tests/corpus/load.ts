import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusMeetingSchema, snippetFileSchema, type CorpusMeeting, type Snippet } from './schema';

const ROOT = join(import.meta.dirname);

/** Every snippet and whole meeting of one part of the corpus, checked against the schema. */
export function loadCorpus(part: 'dev' | 'test'): { snippets: Snippet[]; meetings: (CorpusMeeting & { file: string })[] } {
  const folder = join(ROOT, part);
  const snippets: Snippet[] = [];
  const meetings: (CorpusMeeting & { file: string })[] = [];
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
    } else {
      throw new Error(`${file}: corpus files are named snippets-*.json or meeting-*.json`);
    }
  }
  return { snippets, meetings };
}
