// Draws the extension's icons from assets/icon/icon.svg with the same
// Chromium the tests use (playwright-core; no browser is downloaded):
// public/icon/16.png, 32.png and 48.png fill the whole square (toolbar,
// extensions page), and 128.png draws the artwork at 96 px inside 16 px of
// transparent padding, as the Chrome Web Store asks. WXT puts public/icon/*
// into the manifest's icons; wxt.config.ts names them for the toolbar button.
//
//   npm run icons                writes the PNGs
//   npm run icons -- --preview   also writes test-output/icon-preview.png (each size, and 16 px enlarged)
//   npm run icons -- --store     also writes the store images: docs/store/images/logo-300.png
//                                and promo-440x280.png (the small promotional tile)
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../simulator/harness/browsers.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { preview: { type: 'boolean', default: false }, store: { type: 'boolean', default: false } } });
const svg = readFileSync(join(root, 'assets/icon/icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** Each PNG: its size and the size the artwork is drawn at, centred. */
const ICONS = [
  { size: 16, art: 16 },
  { size: 32, art: 32 },
  { size: 48, art: 48 },
  { size: 128, art: 96 },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: QUIET_CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  mkdirSync(join(root, 'public/icon'), { recursive: true });
  for (const { size, art } of ICONS) {
    const pad = (size - art) / 2;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${art}" height="${art}" style="position:absolute;left:${pad}px;top:${pad}px"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(root, `public/icon/${size}.png`), png);
    console.log(`public/icon/${size}.png`);
  }
  if (values.store) {
    const dir = join(root, 'docs/store/images');
    mkdirSync(dir, { recursive: true });
    await page.setViewportSize({ width: 300, height: 300 });
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="240" height="240" style="position:absolute;left:30px;top:30px"></body></html>`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(dir, 'logo-300.png'), omitBackground: true });
    console.log('docs/store/images/logo-300.png');
    await page.setViewportSize({ width: 440, height: 280 });
    await page.setContent(`<html><body style="margin:0;width:440px;height:280px;background:#003087;color:#fff;font-family:Arial,'Helvetica Neue',sans-serif;display:flex;align-items:center;gap:22px;padding:0 28px;box-sizing:border-box">
      <img src="${dataUrl}" width="120" height="120" style="flex:none;border-radius:22px;box-shadow:0 0 0 3px #fff">
      <div><div style="font-size:27px;font-weight:bold;line-height:1.15">Primary Care Meeting Companion</div>
      <div style="font-size:16px;line-height:1.35;margin-top:10px">Who speaks, from which organisation. Actions and a summary. Stays on your computer.</div></div>
    </body></html>`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(dir, 'promo-440x280.png') });
    console.log('docs/store/images/promo-440x280.png');
  }
  if (values.preview) {
    // Each size on a light and a dark toolbar colour, and 16 px enlarged pixel for pixel.
    const images = ICONS.map(({ size }) => `data:image/png;base64,${readFileSync(join(root, `public/icon/${size}.png`)).toString('base64')}`);
    const row = (background) =>
      `<div style="background:${background};padding:12px;display:flex;gap:16px;align-items:center">${images
        .map((src, i) => `<img src="${src}" width="${ICONS[i].size}" height="${ICONS[i].size}">`)
        .join('')}<img src="${images[0]}" width="128" height="128" style="image-rendering:pixelated"></div>`;
    await page.setViewportSize({ width: 520, height: 330 });
    await page.setContent(`<html><body style="margin:0">${row('#f1f3f4')}${row('#202124')}</body></html>`);
    mkdirSync(join(root, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(root, 'test-output/icon-preview.png'), fullPage: true });
    console.log('test-output/icon-preview.png');
  }
} finally {
  await browser.close();
}
