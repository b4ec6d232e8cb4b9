import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSON_DATA_TABLES } from '@/utils/db/person-repo';
import { ROW_SCHEMAS } from '@/utils/db/rows';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'information-governance.md'), 'utf8');

/** The rows of the table in section 9 headed "| table | what happens |", as [table, words]. */
function erasureRows(): [string, string][] {
  const section = doc.slice(doc.indexOf('## 9.'), doc.indexOf('## 10.'));
  const lines = section.split('\n');
  const header = lines.findIndex((line) => line.startsWith('| table | what happens |'));
  expect(header).toBeGreaterThan(-1);
  const rows: [string, string][] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    rows.push([cells[0]!, cells[1]!]);
  }
  return rows;
}

/** Apostrophes written either way. */
const plain = (text: string): string => text.replace(/[‘’]/g, "'");

describe('docs/information-governance.md', () => {
  it('section 9 says what deleting a person does to exactly the tables in PERSON_DATA_TABLES, in the same words', () => {
    const rows = erasureRows();
    expect(rows.map(([table]) => table).sort()).toEqual(Object.keys(PERSON_DATA_TABLES).sort());
    for (const [table, words] of rows) expect(plain(words), table).toBe(plain(PERSON_DATA_TABLES[table as keyof typeof PERSON_DATA_TABLES]));
  });

  it('section 3.1 stores data in exactly the tables the database has', () => {
    const section = doc.slice(doc.indexOf('### 3.1'), doc.indexOf('### 3.2'));
    const storedIn = section
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| data |'))
      .map((line) => line.split('|').slice(1, -1).at(-1)!);
    const named = new Set(storedIn.flatMap((cell) => [...cell.matchAll(/`([a-zA-Z]+)(?:\.[a-zA-Z]+)?`/g)].map((m) => m[1]!)));
    expect([...named].sort()).toEqual(Object.keys(ROW_SCHEMAS).sort());
  });
});
