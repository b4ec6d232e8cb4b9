import type { SeriesPack } from './series-pack';
import { renderSectionsHtml, renderSectionsMarkdown, renderSectionsText, type SummarySection } from './summary-render';

/**
 * The evidence pack as HTML for Outlook, plain text and Markdown, through the
 * summary's own section renderers: the same inline styles, tables and
 * escaping (nothing from the captions ever becomes markup).
 */

/** The pack's sections in reading order: the overview, then a short table per meeting, then how it was made. */
export function seriesPackSections(pack: SeriesPack): SummarySection[] {
  const { overview } = pack;
  const hasMeetings = pack.meetings.length > 0;
  return [
    {
      heading: 'Overview',
      paragraphs: [overview.scope, ...(hasMeetings ? [overview.headline, overview.trend, overview.decisions] : [overview.headline])],
      parts: hasMeetings
        ? [
            {
              heading: 'Organisations present but never heard',
              ...(overview.neverHeard.length ? { bullets: overview.neverHeard } : { paragraphs: ['Every organisation present was heard at one meeting or more.'] }),
            },
            {
              heading: 'Who speaks for primary care',
              ...(overview.voices.length ? { bullets: overview.voices } : { paragraphs: ['Nobody from primary care spoke in these meetings.'] }),
            },
            {
              heading: 'Allies outside primary care',
              ...(overview.allies.length ? { bullets: overview.allies } : { paragraphs: ['Nobody outside primary care raised primary care topics.'] }),
            },
            {
              heading: 'Open and overdue actions by organisation',
              ...(overview.actionsByOrganisation.length
                ? { table: { head: ['Organisation', 'Open', 'Overdue'], rows: overview.actionsByOrganisation.map((a) => [a.organisation, a.open, a.overdue]) } }
                : { paragraphs: ['No actions are open.'] }),
            },
          ]
        : [],
    },
    {
      heading: 'Meeting by meeting',
      ...(hasMeetings ? {} : { paragraphs: ['No meetings to show.'] }),
      parts: pack.meetings.map((m) => ({ heading: m.heading, table: { head: ['Figure', 'This meeting'], rows: m.rows.map((r) => [r.label, r.value]), isKeyValue: true } })),
    },
    { heading: 'About this pack', paragraphs: pack.notes },
  ];
}

/** HTML that survives a paste into Outlook or Word: inline styles, tables with header cells. */
export function renderSeriesPackHtml(pack: SeriesPack): string {
  return renderSectionsHtml(pack.title, seriesPackSections(pack));
}

/** Plain text for an email body. */
export function renderSeriesPackText(pack: SeriesPack): string {
  return renderSectionsText(pack.title, seriesPackSections(pack));
}

/** Markdown, for notes apps and wikis. */
export function renderSeriesPackMarkdown(pack: SeriesPack): string {
  return renderSectionsMarkdown(pack.title, seriesPackSections(pack));
}
