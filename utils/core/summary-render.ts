import type { SummaryActionItem, SummaryModel } from './summary';

/**
 * The summary as HTML for Outlook (inline styles, tables), plain text for an
 * email body, and Markdown. Every piece of text is escaped for its format:
 * a caption that contains markup never becomes markup.
 */

/** The email subject and document title. */
export function summarySubject(model: SummaryModel): string {
  const date = model.facts.find((f) => f.label === 'Date')?.value;
  return `Primary care summary: ${model.title}${date ? `, ${date}` : ''}`;
}

export interface SummarySection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly bullets?: readonly string[];
  /**
   * A table. With `isKeyValue`, it has two columns, a label and its value:
   * each label is its row's header, and plain text reads "Label: value".
   */
  readonly table?: { readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly isKeyValue?: boolean };
  /** Sub-sections, one level down. */
  readonly parts?: readonly SummarySection[];
}

function actionLine(a: SummaryActionItem): string {
  const overdue = a.isOverdue ? ' (overdue)' : a.isPastWhenAgreed ? ' (already past when agreed: check the date)' : '';
  const from = a.from ? ` From ${a.from}.` : '';
  return `${a.ref}: ${a.text}. Owner: ${a.owner}. Due: ${a.due}${overdue}. ${a.status}.${from}`;
}

/** The summary's sections in reading order; each renderer formats the same content. */
export function summarySections(model: SummaryModel): SummarySection[] {
  // A summary saved before In brief and items existed has neither, and reads as it did.
  const inBrief = model.inBrief ?? [];
  const items = model.items ?? [];
  const sections: SummarySection[] = [
    ...(inBrief.length ? [{ heading: 'In brief', bullets: inBrief }] : []),
    ...(items.length
      ? [
          {
            heading: 'Item by item',
            parts: items.map((item) => ({ heading: item.label, paragraphs: [`${item.time}. ${item.share}`], bullets: [...item.flags, ...item.records] })),
          },
        ]
      : []),
    { heading: 'The meeting', bullets: model.facts.map((f) => `${f.label}: ${f.value}`) },
    {
      heading: 'Share of voice',
      paragraphs: [model.headline],
      ...(model.voiceBySector.length
        ? { table: { head: ['Sector', 'Share of talk', 'Talk time', 'People'], rows: model.voiceBySector.map((s) => [s.name, s.share, s.talk, String(s.people)]) } }
        : {}),
      parts: [
        ...(model.voiceByOrganisation.length
          ? [{ heading: 'Most heard organisations', table: { head: ['Organisation', 'Sector', 'Share'], rows: model.voiceByOrganisation.map((o) => [o.name, o.sector, o.share]) } }]
          : []),
        ...(model.silent.length ? [{ heading: 'Present but not heard', bullets: model.silent }] : []),
      ],
    },
    {
      heading: 'Who was there',
      parts: model.attendance.map((g) => ({
        heading: g.group,
        bullets: g.organisations.map((o) => `${o.name}${o.sector ? ` (${o.sector})` : ''}: ${o.people}${o.spoke ? '' : '. Not heard'}`),
      })),
    },
    {
      heading: 'Decisions',
      ...(model.decisions.length
        ? { bullets: model.decisions.map((d) => `${d.ref}: ${d.text}${d.affectsPrimaryCare ? ' (affects primary care)' : ''}`) }
        : { paragraphs: ['No decisions were recorded.'] }),
    },
    {
      heading: 'Actions',
      paragraphs:
        model.actions.forPrimaryCare.length + model.actions.needingPrimaryCareInput.length + model.actions.others.length + model.actions.carriedForward.length
          ? []
          : ['No actions were recorded.'],
      parts: [
        ...(model.actions.forPrimaryCare.length ? [{ heading: 'For primary care', bullets: model.actions.forPrimaryCare.map(actionLine) }] : []),
        ...(model.actions.needingPrimaryCareInput.length ? [{ heading: 'Needing primary care input', bullets: model.actions.needingPrimaryCareInput.map(actionLine) }] : []),
        ...(model.actions.others.length ? [{ heading: 'Other actions', bullets: model.actions.others.map(actionLine) }] : []),
        ...(model.actions.carriedForward.length ? [{ heading: 'Carried forward from earlier meetings', bullets: model.actions.carriedForward.map(actionLine) }] : []),
      ],
    },
    {
      heading: 'Primary care moments',
      ...(model.topics.length ? {} : { paragraphs: ['Nothing in the captions matched the primary care vocabulary.'] }),
      parts: model.topics.map((t) => ({
        heading: `${t.theme} (${t.mentions} ${t.mentions === 1 ? 'mention' : 'mentions'}${t.primaryCareSpoke ? '' : '; primary care did not speak'})`,
        bullets: t.moments.map((m) => `${m.time}, ${m.who}${m.quote ? `: “${m.quote}”` : ''}`),
      })),
    },
  ];
  if (model.excerpts.length) {
    sections.push({
      heading: 'Transcript excerpts',
      parts: model.excerpts.map((e) => ({ heading: `At ${e.time}`, bullets: e.lines.map((l) => `${l.who}: ${l.text}`) })),
    });
  }
  sections.push({ heading: 'To follow up', ...(model.followUps.length ? { bullets: model.followUps } : { paragraphs: ['Nothing in particular.'] }) });
  sections.push({ heading: 'About this summary', paragraphs: [...model.notes, ...(model.redactedCount ? [`${model.redactedCount} patient details were hidden.`] : [])] });
  return sections;
}

// Plain text.

function textSection(section: SummarySection, depth: number, out: string[]): void {
  out.push('', depth === 0 ? section.heading.toUpperCase() : section.heading);
  if (depth === 0) out.push('='.repeat(Math.min(section.heading.length, 60)));
  for (const p of section.paragraphs ?? []) out.push(p);
  for (const b of section.bullets ?? []) out.push(`- ${b}`);
  if (section.table?.isKeyValue) {
    for (const [label, value] of section.table.rows) out.push(`- ${label}: ${value ?? ''}`);
  } else if (section.table) {
    // "Primary care: share of talk 32%, talk time 7 minutes, people 5"
    const { head } = section.table;
    for (const row of section.table.rows) out.push(`- ${row[0]}: ${row.slice(1).map((cell, i) => `${head[i + 1]!.toLowerCase()} ${cell}`).join(', ')}`);
  }
  for (const part of section.parts ?? []) textSection(part, depth + 1, out);
}

/** Sections under a title as plain text; the summary and the series evidence pack share it. */
export function renderSectionsText(title: string, sections: readonly SummarySection[]): string {
  const out = [title];
  for (const section of sections) textSection(section, 0, out);
  return `${out.join('\n').trim()}\n`;
}

/** Plain text for an email body or a chat message. */
export function renderSummaryText(model: SummaryModel): string {
  return renderSectionsText(summarySubject(model), summarySections(model));
}

// Markdown.

/** Escapes characters Markdown would read as formatting or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, '\\$&')
    .replace(/^(\s*)(\d+)\./gm, '$1$2\\.')
    .replace(/^(\s*)-/gm, '$1\\-')
    .replace(/\r?\n/g, ' ');
}

function markdownSection(section: SummarySection, depth: number, out: string[]): void {
  out.push('', `${'#'.repeat(depth + 2)} ${escapeMarkdown(section.heading)}`, '');
  for (const p of section.paragraphs ?? []) out.push(escapeMarkdown(p), '');
  for (const b of section.bullets ?? []) out.push(`- ${escapeMarkdown(b)}`);
  if (section.table) {
    out.push(`| ${section.table.head.map(escapeMarkdown).join(' | ')} |`, `|${section.table.head.map(() => ' --- |').join('')}`);
    for (const row of section.table.rows) out.push(`| ${row.map(escapeMarkdown).join(' | ')} |`);
  }
  for (const part of section.parts ?? []) markdownSection(part, depth + 1, out);
}

/** Sections under a title as Markdown; the summary and the series evidence pack share it. */
export function renderSectionsMarkdown(title: string, sections: readonly SummarySection[]): string {
  const out = [`# ${escapeMarkdown(title)}`];
  for (const section of sections) markdownSection(section, 0, out);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Markdown, for notes apps and wikis. */
export function renderSummaryMarkdown(model: SummaryModel): string {
  return renderSectionsMarkdown(summarySubject(model), summarySections(model));
}

// HTML for Outlook: inline styles only, tables for layout, no classes or scripts.

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#212b32;';
const STYLE = {
  h1: `${FONT}font-size:20px;margin:0 0 8px;`,
  h2: `${FONT}font-size:16px;margin:18px 0 6px;color:#003087;border-bottom:2px solid #005eb8;padding-bottom:2px;`,
  h3: `${FONT}font-size:14px;margin:12px 0 4px;`,
  p: `${FONT}font-size:14px;margin:4px 0;`,
  ul: `${FONT}font-size:14px;margin:4px 0 8px;padding-left:20px;`,
  table: 'border-collapse:collapse;margin:6px 0 10px;',
  th: `${FONT}font-size:13px;text-align:left;padding:4px 8px;border:1px solid #d8dde0;background:#f0f4f5;`,
  td: `${FONT}font-size:13px;padding:4px 8px;border:1px solid #d8dde0;`,
  /** A row's header in a table of labels and values: a body cell in bold. */
  rowTh: `${FONT}font-size:13px;text-align:left;font-weight:bold;padding:4px 8px;border:1px solid #d8dde0;`,
};

function htmlSection(section: SummarySection, depth: number, out: string[]): void {
  const tag = depth === 0 ? 'h2' : 'h3';
  out.push(`<${tag} style="${STYLE[tag]}">${escapeHtml(section.heading)}</${tag}>`);
  for (const p of section.paragraphs ?? []) out.push(`<p style="${STYLE.p}">${escapeHtml(p)}</p>`);
  if (section.bullets?.length) out.push(`<ul style="${STYLE.ul}">${section.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>`);
  if (section.table) {
    const { isKeyValue } = section.table;
    const head = section.table.head.map((h) => `<th scope="col" style="${STYLE.th}">${escapeHtml(h)}</th>`).join('');
    const bodyCell = (c: string, column: number): string =>
      isKeyValue && column === 0 ? `<th scope="row" style="${STYLE.rowTh}">${escapeHtml(c)}</th>` : `<td style="${STYLE.td}">${escapeHtml(c)}</td>`;
    const rows = section.table.rows.map((r) => `<tr>${r.map(bodyCell).join('')}</tr>`).join('');
    out.push(`<table cellpadding="0" cellspacing="0" style="${STYLE.table}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`);
  }
  for (const part of section.parts ?? []) htmlSection(part, depth + 1, out);
}

/** Sections under a title as HTML for Outlook; the summary and the series evidence pack share it. */
export function renderSectionsHtml(title: string, sections: readonly SummarySection[]): string {
  const out = [`<div style="${FONT}max-width:720px;">`, `<h1 style="${STYLE.h1}">${escapeHtml(title)}</h1>`];
  for (const section of sections) htmlSection(section, 0, out);
  out.push('</div>');
  return out.join('\n');
}

/** HTML that survives a paste into Outlook or Word. */
export function renderSummaryHtml(model: SummaryModel): string {
  return renderSectionsHtml(summarySubject(model), summarySections(model));
}

/** Browsers and mail apps cut mailto links beyond about 2,000 characters. */
export const MAILTO_MAX_CHARS = 2000;

/**
 * A mailto: link with the summary as its body, or null when it would be too
 * long for mail apps to take (then the caller copies it instead).
 */
export function summaryMailto(model: SummaryModel, to = ''): string | null {
  const link = `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(summarySubject(model))}&body=${encodeURIComponent(renderSummaryText(model).replace(/\n/g, '\r\n'))}`;
  return link.length <= MAILTO_MAX_CHARS ? link : null;
}
