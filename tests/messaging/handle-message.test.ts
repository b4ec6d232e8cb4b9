import { afterEach, describe, expect, it } from 'vitest';
import { readCounter, REJECTED_MESSAGES } from '@/utils/db/counters-repo';
import type { MeetingDb } from '@/utils/db/database';
import { handleMessage } from '@/utils/messaging/handle-message';
import { makeBatch, makeDb, makeUtterance, T0 } from '../helpers/builders';

let db: MeetingDb;
afterEach(async () => {
  await db?.delete();
});

const malformed: [string, unknown][] = [
  ['not an object', 'hello'],
  ['null', null],
  ['an unknown type', { type: 'capture/delete-everything', payload: {} }],
  ['no payload', { type: 'capture/batch' }],
  ['a bad session id', { type: 'capture/batch', payload: makeBatch({ sessionId: '../../etc' }) }],
  ['an unknown platform', { type: 'capture/batch', payload: { ...makeBatch(), platform: 'zoom' } }],
  ['a non-https meeting url', { type: 'capture/batch', payload: makeBatch({ meetingUrl: 'javascript:alert(1)' }) }],
  ['a negative time', { type: 'capture/batch', payload: makeBatch({ utterances: [makeUtterance({ startMs: -1 })] }) }],
  ['an empty speaker', { type: 'capture/batch', payload: makeBatch({ utterances: [makeUtterance({ speaker: '  ' })] }) }],
  ['a text that is not a string', { type: 'capture/batch', payload: { ...makeBatch(), utterances: [{ ...makeUtterance(), text: 42 }] } }],
  ['actions/changed with a payload it does not take', { type: 'actions/changed', payload: { count: 3 } }],
  ['too many utterances', { type: 'capture/batch', payload: makeBatch({ utterances: Array.from({ length: 2001 }, (_, i) => makeUtterance({ id: `s:${i}` })) }) }],
];

describe('handleMessage', () => {
  it('asks the background to recount the overdue badge when actions change', async () => {
    db = makeDb();
    let recounts = 0;
    const response = await handleMessage(db, { type: 'actions/changed', payload: {} }, { tabId: null }, T0, {
      actionsChanged: async () => {
        recounts += 1;
      },
    });
    expect(response).toEqual({ ok: true });
    expect(recounts).toBe(1);
  });

  it('stores a valid capture batch', async () => {
    db = makeDb();
    const response = await handleMessage(db, { type: 'capture/batch', payload: makeBatch({ utterances: [makeUtterance()] }) }, { tabId: 3 }, T0);

    expect(response).toEqual({ ok: true, meetingId: 'meet-session-0001' });
    expect(await db.utterances.count()).toBe(1);
  });

  it.each(malformed)('refuses %s, counts it and writes nothing', async (_name, message) => {
    db = makeDb();
    const response = await handleMessage(db, message, { tabId: 3 }, T0);

    expect(response.ok).toBe(false);
    expect(response.ok ? '' : response.error).toMatch(/^Refused a malformed message: /);
    expect(await readCounter(db, REJECTED_MESSAGES)).toBe(1);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.utterances.count()).toBe(0);
  });

  it('does not echo message content in the refusal', async () => {
    db = makeDb();
    const secret = 'patient NHS number 943 476 5919';
    const response = await handleMessage(db, { type: 'capture/batch', payload: { ...makeBatch(), utterances: [{ ...makeUtterance(), text: secret, startMs: 'x' }] } }, { tabId: 3 }, T0);
    expect(JSON.stringify(response)).not.toContain('943');
    expect((await db.counters.get(REJECTED_MESSAGES))?.lastDetail).not.toContain('943');
  });

  it('answers "try again" to a valid batch the full database refuses, and reports the storage full, then clear', async () => {
    db = makeDb();
    const reports: boolean[] = [];
    const effects = { storageFull: async (isFull: boolean) => void reports.push(isFull) };
    const quota = Object.assign(new Error('Quota exceeded'), { name: 'AbortError', inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }) });
    const put = db.meetings.put.bind(db.meetings);
    db.meetings.put = () => Promise.reject(quota) as never;
    const refused = await handleMessage(db, { type: 'capture/batch', payload: makeBatch() }, { tabId: 1 }, T0, effects);
    expect(refused).toMatchObject({ ok: false, retry: true, error: expect.stringContaining('storage for this extension is full') });
    db.meetings.put = put;
    expect(await handleMessage(db, { type: 'capture/batch', payload: makeBatch() }, { tabId: 1 }, T0, effects)).toMatchObject({ ok: true });
    expect(reports).toEqual([true, false]);
  });
});
