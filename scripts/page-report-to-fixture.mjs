// Turns a page report that a user sent in (the side panel's "Save a page
// report", issue 16) into an HTML fixture a maintainer can test selectors on:
// the page's structure as reported, with placeholder text of the same lengths
// where the report has only a length.
//
//   node scripts/page-report-to-fixture.mjs page-report-meet-2026-12-06-1405.json
//        writes tests/fixtures/meet/2026-12-06-page-report.html (the report's date)
//   node scripts/page-report-to-fixture.mjs report.json --out tests/fixtures/teams/2026-12-06-new-toolbar.html
//
// Then, as tests/fixtures/<platform>/README.md says for every fixture: put
// real-looking synthetic names and captions where the placeholders are (the
// report never had them), mark the elements the selectors' `<name>_`
// companions refer to with data-fixture="…", list the file in the README, and
// add the new selector tier with its date and this fixture to selectors.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const FORMAT = 'primary-care-meeting-companion/page-report';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const FILLER = 'Sample words stand in for what the page showed here ';

/** Text of exactly `length` characters that reads as placeholder words. */
export function placeholderText(length) {
  return FILLER.repeat(Math.ceil(length / FILLER.length) + 1).slice(0, length);
}

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An identifier the report masked: x's of the same length, so it matches no real selector. */
function token(value) {
  return typeof value === 'number' ? 'x'.repeat(Math.max(1, value)) : value;
}

function attributeText([name, value]) {
  if (typeof name !== 'string') return null;
  let text;
  if (Array.isArray(value)) text = value.map(token).join(' ');
  else if (typeof value === 'number') text = placeholderText(value);
  else text = value;
  return text === '' ? name : `${name}="${escapeHtml(text)}"`;
}

const isText = (node) => node !== undefined && 'text' in node;

/**
 * Children, each element or comment on its own line; text is written with
 * no whitespace around it, so it keeps exactly the length the report gives.
 */
function renderNodes(nodes, indent) {
  const pad = '  '.repeat(indent);
  let html = '';
  nodes.forEach((node, i) => {
    if (!isText(node) && !isText(nodes[i - 1])) html += `\n${pad}`;
    html += renderNode(node, indent);
  });
  return nodes.length && !isText(nodes.at(-1)) ? `${html}\n${'  '.repeat(indent - 1)}` : html;
}

function renderNode(node, indent) {
  if ('note' in node) return `<!-- ${node.note} -->`;
  if ('skipped' in node) return `<!-- ${node.skipped} more nodes here were left out of the report -->`;
  if ('comment' in node) return `<!--${placeholderText(node.comment).replace(/-/g, ' ')}-->`;
  if ('text' in node) return escapeHtml(node.icon ?? placeholderText(node.text));
  const tag = typeof node.tag === 'string' ? node.tag : 'div';
  // Fixtures carry no scripts or styles (shared style guide, section 3).
  if (tag === 'script' || tag === 'style') return `<!-- a ${tag} was here -->`;
  const attributes = (node.attrs ?? []).map(attributeText).filter((a) => a !== null);
  const maskedNames = (node.attrs ?? []).filter(([name]) => typeof name !== 'string').length;
  if (typeof node.tag !== 'string') attributes.push(`data-report-masked-tag="${node.tag}"`);
  if (maskedNames) attributes.push(`data-report-masked-attributes="${maskedNames}"`);
  if (node.selectors) attributes.push(`data-report-selectors="${node.selectors.join(' ')}"`);
  const open = `<${[tag, ...attributes].join(' ')}>`;
  if (VOID.has(tag)) return open;
  const children = [...(node.children ?? [])];
  if (node.truncated) children.push({ note: `its ${node.childCount} child elements were not listed in the report` });
  let inner = renderNodes(children, indent + 1);
  if (node.shadow) inner = `\n${'  '.repeat(indent + 1)}<template shadowrootmode="open">${renderNodes(node.shadow, indent + 2)}</template>${inner}`;
  return `${open}${inner}</${tag}>`;
}

/**
 * The fixture's HTML for a page report: a comment saying where it came from
 * and which selector tiers matched, then the page's body as reported.
 */
export function reportToFixtureHtml(report) {
  if (report?.format !== FORMAT) throw new Error(`Not a page report: its "format" is not "${FORMAT}".`);
  const tiers = report.selectors
    .map((group) => `  ${group.name}${group.within ? ` (within ${group.within})` : ''}: ${group.matchedTier === null ? 'no tier matched' : `tier ${group.matchedTier + 1} matched`} [${group.tiers.map((t) => t.count).join(', ')}]`)
    .join('\n');
  const body = report.tree.tag === 'body' ? renderNodes(report.tree.children ?? [], 1) : `\n  ${renderNode(report.tree, 1)}\n`;
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(placeholderText(12))}</title>
</head>
<!--
  Made by scripts/page-report-to-fixture.mjs from a page report of ${report.host}
  (${report.platform}), saved ${report.createdAt} by version ${report.extensionVersion} in ${report.browser}.
  Every text and masked value is placeholder text of the same length; masked
  identifiers are x's. Replace the placeholders with synthetic names and
  captions before using it as a fixture.
  Selector tiers on the reported page (matches per tier):
${tiers.replace(/--/g, '- -')}
-->
<body>${body}</body>
</html>
`;
}

function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('Usage: node scripts/page-report-to-fixture.mjs <page-report.json> [--out <fixture.html>]');
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(positionals[0], 'utf8'));
  const html = reportToFixtureHtml(report);
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = values.out ?? join(root, 'tests', 'fixtures', report.platform, `${report.createdAt.slice(0, 10)}-page-report.html`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  console.log(`Wrote ${out}. Replace its placeholders with synthetic names and captions, and list it in the fixtures README.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
