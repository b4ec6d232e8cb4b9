import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_PARTICIPANTS } from '@/utils/core/text-limits';
import { dedupeByName } from '@/utils/platforms/dom';

describe('dedupeByName, shared by the Meet and Teams rosters', () => {
  it('keeps the first entry for each name, in order', () => {
    const rows = [
      { name: 'Helen Marsh', isLocal: false },
      { name: 'Tom Richards', isLocal: false },
      { name: 'Helen Marsh', isLocal: true },
    ];
    expect(dedupeByName(rows)).toEqual([
      { name: 'Helen Marsh', isLocal: false },
      { name: 'Tom Richards', isLocal: false },
    ]);
  });

  it('holds no more people than one roster message may carry', () => {
    const rows = Array.from({ length: MAX_ROSTER_PARTICIPANTS + 5 }, (_, i) => ({ name: `Person ${i}` }));
    expect(dedupeByName(rows)).toHaveLength(MAX_ROSTER_PARTICIPANTS);
  });
});
