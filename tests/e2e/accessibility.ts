import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const OUTPUT_DIR = join(__dirname, '..', '..', 'test-output');

/** One axe finding, trimmed to what a report needs. */
export interface AxeFinding {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** The panel widths users have: Chrome's narrowest side panel, a typical one, and a wide one. */
export const PANEL_WIDTHS = [320, 360, 500] as const;

/**
 * Runs axe-core in the page and returns its violations. axe is evaluated over
 * DevTools, which the extension pages' content security policy (script-src
 * 'self') does not apply to; nothing is added to the extension itself.
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The serious and critical findings, as readable lines (empty when there are none). */
export function seriousFindings(findings: readonly AxeFinding[]): string[] {
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical').map((f) => `${f.impact} ${f.id}: ${f.help} (${f.targets.slice(0, 3).join('; ')})`);
}

const results: Record<string, AxeFinding[]> = {};

/** Keeps a view's findings for test-output/axe-results.json, which lists every view checked. */
export function recordAxe(view: string, findings: readonly AxeFinding[]): void {
  results[view] = [...findings];
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(join(OUTPUT_DIR, 'axe-results.json'), JSON.stringify(results, null, 2));
}

/**
 * What sticks out sideways at the page's width: the page scrolling
 * sideways, or an element wider than the viewport that is not inside its
 * own scrolling box. Empty when nothing does.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
    const scrollsItself = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/(auto|scroll)/.test(style.overflowX) && e.clientWidth < e.scrollWidth + 1) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.closest('.visually-hidden')) continue;
      if ((box.right > width + 1 || box.left < -1) && !scrollsItself(el.parentElement)) {
        problems.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : el.className ? `.${String(el.className).split(' ')[0]}` : ''} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      }
    }
    return [...new Set(problems)].slice(0, 10);
  });
}

/** The tab bar's buttons whose label is cut off or outside the panel. */
export async function clippedTabs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('nav.tabs button')]
      .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((b) => b.textContent ?? ''),
  );
}

/** Screenshots the page at each panel width, as test-output/<name>-<width>.png, then runs `check` at that width; returns the paths. */
export async function screenshotAtWidths(page: Page, name: string, check: (width: number) => Promise<void> = async () => undefined): Promise<string[]> {
  const paths: string[] = [];
  for (const width of PANEL_WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    const path = join(OUTPUT_DIR, `${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    paths.push(path);
    await check(width);
  }
  return paths;
}
