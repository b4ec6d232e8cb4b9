import { describeCaptureHealth } from '@/utils/core/health';
import { captureBatchSchema, type CaptureBatch, type MessageResponse } from '@/utils/messaging/protocol';
import type { PlatformAdapter } from '@/utils/platforms/adapter';
import { startCapture } from '@/utils/platforms/capture';
import { loadFixtureDocument } from './fixtures';
import { createRng, type Rng } from './random';

export { createRng, type Rng };

/** Hostile text a drifted or hostile page can show. */
export const HOSTILE_TEXT = {
  huge: (rng: Rng): string => 'lorem ipsum '.repeat(8_400 + rng.int(500)) + 'end', // 100,800+ characters
  emoji: (): string => 'Great 👍🏽 news 👩🏽‍⚕️🇬🇧 for 🏥 access',
  rtl: (): string => '\u202eד"ר שרה כהן\u202c \u2067مرحبا بالجميع\u2069 \u200fok',
  zeroWidth: (): string => '\u200b\u200c\u200d\u2060\ufeff',
  nulls: (): string => 'nu\u0000ll\u0000 \u0007bell\u001b[31m',
} as const;
const hostileKinds = Object.keys(HOSTILE_TEXT) as (keyof typeof HOSTILE_TEXT)[];

const SPEAKERS = [
  'Helen Marsh',
  'You',
  'MARSDEN, Helen (NHS SOUTH YORKSHIRE ICB - 03N)',
  'ד"ר שרה כהן',
  'Claire 👩🏽‍⚕️ Bennett',
  '\u200b\u200f',
  `Dr ${'Very Long Name '.repeat(30)}`,
  'Null\u0000 Person',
];
const WORDS = ['the', 'access', 'paper', 'sets', 'out', 'funding', 'for', 'PCNs', 'agreed', '—', '👍', 'مرحبا', 'שלום'];

/** One meeting page to fuzz: a committed fixture and the adapter that reads it. */
export interface DriftTarget {
  readonly platform: 'meet' | 'teams';
  readonly adapter: PlatformAdapter;
  readonly url: string;
  readonly fixture: string;
}

/** What one fuzz case did and which properties it broke (empty when none). */
export interface DriftCaseResult {
  readonly seed: number;
  readonly fixture: string;
  readonly mutations: string[];
  readonly violations: string[];
  readonly batches: CaptureBatch[];
  readonly errorCount: number;
}

/** A short path to an element, so a failing case's mutation list can be read. */
function pathOf(element: Element): string {
  const parts: string[] = [];
  for (let current: Element | null = element; current && current.tagName !== 'BODY'; current = current.parentElement) {
    const parent: Element | null = current.parentElement;
    const index = parent ? Array.prototype.indexOf.call(parent.children, current) + 1 : 1;
    const mark = current.getAttribute('data-tid') ?? current.getAttribute('jsname') ?? current.getAttribute('role');
    parts.unshift(`${current.tagName.toLowerCase()}:${index}${mark ? `[${mark.slice(0, 30)}]` : ''}`);
  }
  return parts.join('>') || 'body';
}

const PREFERRED_ATTRIBUTES = /^(role|aria-.*|jsname|data-.*|tabindex|class|id|dir)$/;

/** Applies one random drift to the page and says what it did. */
export function applyRandomMutation(doc: Document, rng: Rng, focus: readonly Element[]): string {
  const everything = Array.from(doc.body.querySelectorAll('*'));
  const near = focus.filter((e) => e.isConnected).flatMap((e) => [e, ...Array.from(e.querySelectorAll('*'))]);
  const pool = near.length && rng.chance(0.6) ? near : everything;
  if (!pool.length) return 'nothing to mutate';
  const target = rng.pick(pool);
  const where = pathOf(target);
  const kind = rng.pick([
    'remove-attribute',
    'remove-attribute',
    'rename-class',
    'strip-class',
    'reorder-children',
    'remove-node',
    'duplicate-node',
    'replace-subtree',
    'text',
    'text',
    'hostile-attribute',
  ] as const);
  switch (kind) {
    case 'remove-attribute': {
      const names = target.getAttributeNames();
      const preferred = names.filter((n) => PREFERRED_ATTRIBUTES.test(n));
      const name = preferred.length ? rng.pick(preferred) : names.length ? rng.pick(names) : null;
      if (!name) return `remove-attribute (none) ${where}`;
      target.removeAttribute(name);
      return `remove-attribute ${name} ${where}`;
    }
    case 'rename-class':
      target.setAttribute('class', `x${rng.int(1e6).toString(36)} y${rng.int(1e6).toString(36)}`);
      return `rename-class ${where}`;
    case 'strip-class':
      target.removeAttribute('class');
      return `strip-class ${where}`;
    case 'reorder-children': {
      const children = Array.from(target.children);
      for (let i = children.length - 1; i > 0; i -= 1) {
        const j = rng.int(i + 1);
        [children[i], children[j]] = [children[j]!, children[i]!];
      }
      target.append(...children);
      return `reorder-children ${where}`;
    }
    case 'remove-node':
      target.remove();
      return `remove-node ${where}`;
    case 'duplicate-node':
      target.after(target.cloneNode(true));
      return `duplicate-node ${where}`;
    case 'replace-subtree': {
      const replacement = doc.createElement(rng.pick(['div', 'span', 'section']));
      const text = HOSTILE_TEXT[rng.pick(hostileKinds)](rng);
      replacement.innerHTML = `<span>${rng.pick(SPEAKERS)}</span><div></div>`;
      replacement.lastElementChild!.textContent = text;
      target.replaceWith(replacement);
      return `replace-subtree ${where}`;
    }
    case 'text': {
      const hostile = rng.pick(hostileKinds);
      const text = HOSTILE_TEXT[hostile](rng);
      const how = target.children.length === 0 || rng.chance(0.3) ? 'set' : 'append';
      if (how === 'set') target.textContent = text;
      else target.append(doc.createTextNode(text));
      return `text ${how} ${hostile} ${where}`;
    }
    case 'hostile-attribute': {
      const names = target.getAttributeNames().filter((n) => /^(aria-label|data-.*)$/.test(n));
      const name = names.length ? rng.pick(names) : 'aria-label';
      const hostile = rng.pick(hostileKinds);
      target.setAttribute(name, HOSTILE_TEXT[hostile](rng));
      return `hostile-attribute ${name}=${hostile} ${where}`;
    }
  }
}

/** Loads a fixture into the page's own document, as the content script finds it. */
function loadIntoDocument(fixture: string): void {
  const parsed = loadFixtureDocument(fixture);
  document.title = parsed.title;
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

/** The caption region, a template row and where its parts are, found once before any drift. */
interface CaptionScene {
  region: Element;
  rowParent: Element;
  template: Element;
  speakerSelector: string;
  textSelector: string;
  texts: Element[];
}

function findScene(platform: 'meet' | 'teams'): CaptionScene | null {
  const region = document.querySelector('[data-fixture="region"], [data-fixture="list"]');
  const first = document.querySelector('[data-fixture="row1"], [data-fixture="entry1"]');
  if (!region || !first) return null;
  const speakerSelector = platform === 'meet' ? 'span' : '[data-tid="author"]';
  const textSelector = platform === 'meet' ? ':scope > div:last-child' : '[data-tid="closed-caption-text"]';
  const texts = Array.from(first.parentElement!.children)
    .map((row) => row.querySelector(textSelector))
    .filter((e): e is Element => !!e);
  return { region, rowParent: first.parentElement!, template: first.cloneNode(true) as Element, speakerSelector, textSelector, texts };
}

/** One caption change, as the platform makes them: a row grows, or a new row appears. */
function speak(scene: CaptionScene | null, rng: Rng): void {
  if (!scene) return;
  const live = scene.texts.filter((t) => t.isConnected);
  if (live.length && rng.chance(0.65)) {
    const text = rng.pick(live);
    const word = rng.chance(0.03) ? HOSTILE_TEXT.huge(rng) : rng.pick(WORDS);
    const node = text.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE && rng.chance(0.5)) (node as Text).data += ` ${word}`;
    else text.textContent = `${text.textContent ?? ''} ${word}`;
    return;
  }
  const row = scene.template.cloneNode(true) as Element;
  row.removeAttribute('data-fixture');
  const speaker = row.querySelector(scene.speakerSelector);
  if (speaker) speaker.textContent = rng.pick(SPEAKERS);
  const text = row.querySelector(scene.textSelector);
  if (text) {
    text.textContent = rng.pick(WORDS);
    scene.texts.push(text);
  }
  const isMeet = scene.speakerSelector === 'span';
  // Meet keeps its "Jump to bottom" control last; Teams appends.
  if (isMeet && scene.rowParent.lastElementChild) scene.rowParent.insertBefore(row, scene.rowParent.lastElementChild);
  else scene.rowParent.append(row);
  // Both platforms evict the oldest rows.
  const rows = Array.from(scene.rowParent.children).filter((r) => r.querySelector(scene.textSelector));
  if (rows.length > 6) rows[0]!.remove();
}

const visible = /[^\s\p{Cc}\p{Cf}\p{Z}]/u;
const sentence = /\S.*[.?!…)]$/;
const CAPTURE_LIMITS = { utterances: 1_000, speech: 1_000, roster: 50 };

/** Checks one batch as the background would receive it; returns what is wrong with it. */
export function checkBatch(batch: CaptureBatch): string[] {
  const problems: string[] = [];
  const parsed = captureBatchSchema.safeParse(batch);
  if (!parsed.success) {
    problems.push(`batch refused by the protocol: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).slice(0, 3).join('; ')}`);
  }
  for (const u of batch.utterances) {
    if (!visible.test(u.speaker)) problems.push(`utterance ${u.id} has an empty speaker`);
    if (!visible.test(u.text)) problems.push(`utterance ${u.id} has empty text`);
    if (u.startMs > u.endMs) problems.push(`utterance ${u.id} ends before it starts`);
    if (u.startMs < batch.joinedAtMs || u.endMs > batch.sentAtMs) problems.push(`utterance ${u.id} lies outside the meeting`);
  }
  if (batch.utterances.length > CAPTURE_LIMITS.utterances) problems.push(`batch holds ${batch.utterances.length} utterances`);
  if (batch.speech.length > CAPTURE_LIMITS.speech) problems.push(`batch holds ${batch.speech.length} segments`);
  if (batch.roster.length > CAPTURE_LIMITS.roster) problems.push(`batch holds ${batch.roster.length} rosters`);
  if (batch.health.droppedUpdates > 0) problems.push(`${batch.health.droppedUpdates} updates dropped with the background reachable`);
  return problems;
}

/**
 * Checks that the last health report says what the page, as it now is, does
 * not let capture see, and that the side panel gets a plain sentence for it.
 */
export function checkHealth(target: DriftTarget, batch: CaptureBatch): string[] {
  const problems: string[] = [];
  const { adapter } = target;
  const health = batch.health;
  const messages = describeCaptureHealth({
    platform: target.platform,
    health,
    lastSeenAtMs: batch.sentAtMs,
    endedAtMs: null,
    nowMs: batch.sentAtMs,
  });
  const ids = messages.map((m) => m.id);
  for (const m of messages) if (!sentence.test(m.text)) problems.push(`health message ${m.id} is not a sentence`);
  const callState = adapter.readCallState(document);
  // A call whose controls are not recognised goes on while captions (by a tier or their shape) or tiles
  // show it, and ends once they have gone (issue 16): only then may health differ from the page.
  const isUnrecognisedCall = callState === 'unknown' && (health.callState === 'in-call' || health.callState === 'left');
  if (health.callState !== callState && !isUnrecognisedCall) problems.push(`health says call ${health.callState}, page shows ${callState}`);
  if (isUnrecognisedCall && health.callState === 'in-call') {
    const shows = !!adapter.findCaptionRegion(document) || health.captionsFoundByShape || adapter.listVideoTiles(document).length > 0;
    // Within the few seconds before such a call is over, health must not claim captions it cannot see.
    if (!shows && !['not-found', 'waiting', 'off'].includes(health.captions)) {
      problems.push(`health says in call with captions ${health.captions}, but the page shows no controls, captions or tiles`);
    }
    if (!health.missingSelectors.length) problems.push('call controls not recognised, but health names nothing missing');
  }
  if (isUnrecognisedCall && health.callState === 'left' && adapter.findCaptionRegion(document)) {
    problems.push('health says the call is over while its captions are on the page');
  }
  if (health.callState === 'unknown' && !ids.includes('call-unknown')) problems.push('unreadable page not reported');
  if (health.captionsFoundByShape && !ids.includes('captions-by-shape') && ['receiving', 'on-no-speech'].includes(health.captions)) {
    problems.push('captions found by their shape but the side panel is not told');
  }
  if (health.callState !== 'in-call') return problems;
  if (!adapter.findCaptionRegion(document) && !health.captionsFoundByShape) {
    const saysBlind =
      ['not-found', 'off', 'waiting'].includes(health.captions) || health.missingSelectors.some((m) => m.includes('captions'));
    if (!saysBlind) problems.push(`captions region gone but health says captions ${health.captions}`);
    const told = ['captions-not-found', 'captions-off', 'captions-waiting-or-off', 'missing-selectors'].some((id) => ids.includes(id));
    if (!told) problems.push('captions region gone but the side panel is not told');
  }
  const roster = adapter.readRoster(document, null);
  if (roster.source !== health.roster) problems.push(`health says roster ${health.roster}, page shows ${roster.source}`);
  if (roster.source === 'none' && !ids.includes('roster-none')) problems.push('no roster but the side panel is not told');
  return problems;
}

/** Options for {@link runDriftCase}; the adapter can be swapped for a negative control. */
export interface DriftCaseOptions {
  readonly adapter?: PlatformAdapter;
  /** Installed beside the engine: lets a negative control add code that is not guarded. */
  readonly beside?: () => void;
  /** Called at the start of each round while capture runs, for a negative control's own fault. */
  readonly atRound?: (round: number) => void;
  /** False keeps the page as committed (negative controls): only the control's own fault applies. */
  readonly isDrifting?: boolean;
  readonly rounds?: number;
}

/**
 * Runs one seeded fuzz case: loads the fixture, drifts it a little, starts
 * capture exactly as the content script does (engine + adapter, on the page's
 * own document), then alternates caption changes and drift while capture
 * runs, and checks every batch, the final health report and that nothing was
 * thrown into the page.
 */
export async function runDriftCase(target: DriftTarget, seed: number, options: DriftCaseOptions = {}): Promise<DriftCaseResult> {
  const rng = createRng(seed);
  const adapter = options.adapter ?? target.adapter;
  const mutations: string[] = [];
  const violations: string[] = [];
  const batches: CaptureBatch[] = [];
  loadIntoDocument(target.fixture);
  const scene = findScene(target.platform);
  const focus = [
    scene?.region,
    ...Array.from(document.querySelectorAll('[data-participant-id], [data-stream-type], [role="treeitem"], button')),
  ].filter((e): e is Element => !!e);

  const onError = (event: ErrorEvent): void => {
    violations.push(`thrown into the page: ${String(event.error ?? event.message)}`);
    event.preventDefault();
  };
  const onRejection = (reason: unknown): void => {
    violations.push(`unhandled rejection: ${String(reason)}`);
  };
  const onWindowRejection = (event: PromiseRejectionEvent): void => onRejection(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onWindowRejection);
  process.on('unhandledRejection', onRejection);

  const isDrifting = options.isDrifting ?? true;
  if (isDrifting) {
    for (let i = rng.int(3); i > 0; i -= 1) mutations.push(`before start: ${applyRandomMutation(document, rng, focus)}`);
    if (rng.chance(0.15)) mutations.push(`before start: ${stripRegionIdentity(target.platform)}`);
  }

  let nowMs = Date.UTC(2026, 10, 18, 10, 0, 0);
  let timers: { dueMs: number; run: () => void }[] = [];
  const removeListeners: (() => void)[] = [];
  const win = { location: { href: target.url } } as unknown as Window;
  const capture = startCapture({
    adapter,
    host: {
      setInterval: () => 0,
      setTimeout: (run, ms) => {
        timers.push({ dueMs: nowMs + ms, run });
        return 0;
      },
      addEventListener: (_target, type, handler) => {
        window.addEventListener(type, handler);
        removeListeners.push(() => window.removeEventListener(type, handler));
      },
      onInvalidated: () => {},
    },
    send: (batch): Promise<MessageResponse> => {
      batches.push(structuredClone(batch));
      return Promise.resolve({ ok: true, meetingId: 'm' });
    },
    doc: document,
    win,
    now: () => nowMs,
  });
  options.beside?.();

  // Timers and the observer run outside any try in a real page: an exception here is one thrown into the page.
  const call = (what: string, fn: () => void): void => {
    try {
      fn();
    } catch (error) {
      violations.push(`thrown into the page from ${what}: ${String(error)}`);
    }
  };
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const step = async (ms: number): Promise<void> => {
    await settle();
    const targetMs = nowMs + ms;
    for (;;) {
      const next = timers.filter((t) => t.dueMs <= targetMs).sort((a, b) => a.dueMs - b.dueMs)[0];
      if (!next) break;
      timers = timers.filter((t) => t !== next);
      nowMs = Math.max(nowMs, next.dueMs);
      call('a timer', next.run);
      await settle();
    }
    nowMs = targetMs;
    call('the tick', capture.tick);
    await settle();
  };

  try {
    await step(500);
    await step(500);
    const rounds = options.rounds ?? 10;
    for (let round = 0; round < rounds; round += 1) {
      options.atRound?.(round);
      speak(scene, rng);
      await step(250 + rng.int(750));
      speak(scene, rng);
      if (isDrifting && rng.chance(0.6)) mutations.push(applyRandomMutation(document, rng, focus));
      if (isDrifting && rng.chance(0.05)) mutations.push(stripRegionIdentity(target.platform));
      await step(250 + rng.int(750));
    }
    // Long enough for an unreadable Meet page to be reported, and for the roster and health to be re-read.
    for (let i = 0; i < 24 && !batches.length; i += 1) await step(500);
    for (let i = 0; i < 4; i += 1) await step(500);
    call('flushNow', capture.flushNow);
    await settle();
    const last = batches.at(-1);
    if (last && !last.isPageClosing) violations.push(...checkHealth(target, last));
    if (!last && target.adapter.urlIdentifiesMeeting) violations.push('a meeting page sent no report at all');
    if (rng.chance(0.5)) {
      call('pagehide', () => window.dispatchEvent(new Event('pagehide')));
      mutations.push('pagehide');
    }
    await settle();
    for (const batch of batches) violations.push(...checkBatch(batch));
    return { seed, fixture: target.fixture, mutations, violations: [...new Set(violations)], batches, errorCount: batches.at(-1)?.health.errorCount ?? 0 };
  } finally {
    capture.stop();
    for (const remove of removeListeners) remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onWindowRejection);
    process.off('unhandledRejection', onRejection);
  }
}

/** Removes everything that identifies the captions region, as a redesign would. */
export function stripRegionIdentity(platform: 'meet' | 'teams'): string {
  if (platform === 'meet') {
    for (const region of document.querySelectorAll('[role="region"], .vNKgIf, .a4cQT')) {
      for (const name of ['role', 'tabindex', 'aria-label', 'class']) region.removeAttribute(name);
    }
    for (const holder of document.querySelectorAll('[jsname="dsyhDe"]')) holder.removeAttribute('jsname');
  } else {
    for (const list of document.querySelectorAll('[data-tid*="closed-caption-v2"], [data-tid="closed-caption-renderer-wrapper"]')) {
      list.removeAttribute('data-tid');
    }
  }
  return 'strip-region-identity';
}

/** Seeds for a run: FUZZ_SEED replays one case, FUZZ_RUNS widens the run. */
export function fuzzSeeds(defaultRuns: number, salt: number): number[] {
  const single = process.env.FUZZ_SEED;
  if (single) return [Number(single)];
  const runs = Number(process.env.FUZZ_RUNS ?? defaultRuns);
  return Array.from({ length: runs }, (_, i) => salt * 100_000 + i + 1);
}

/** Whether FUZZ_SEED asks to replay a single seed. */
export function isReplay(): boolean {
  return !!process.env.FUZZ_SEED;
}

/** How a failing case is printed, so it can be replayed with FUZZ_SEED. */
export function describeFailure(result: DriftCaseResult): string {
  return [
    `FUZZ_SEED=${result.seed} (${result.fixture})`,
    `  mutations: ${result.mutations.join(' | ') || 'none'}`,
    ...result.violations.map((v) => `  - ${v}`),
  ].join('\n');
}
