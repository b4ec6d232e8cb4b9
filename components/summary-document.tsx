import type { SummaryModel } from '@/utils/core/summary';
import { summarySections, summarySubject, type SummarySection } from '@/utils/core/summary-render';

function Section({ section, depth }: { section: SummarySection; depth: 0 | 1 }) {
  const Heading = depth === 0 ? 'h2' : 'h3';
  return (
    <section class={depth === 0 ? 'summary-section' : 'summary-part'}>
      <Heading>{section.heading}</Heading>
      {section.paragraphs?.map((text, index) => <p key={index}>{text}</p>)}
      {section.bullets?.length ? (
        <ul>
          {section.bullets.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      ) : null}
      {section.table ? (
        // A wide table scrolls inside its own box in a narrow panel; the box takes focus so the keyboard can scroll it.
        <div class="table-scroll" role="region" aria-label={`${section.heading}, table`} tabIndex={0}>
          <table class="summary-table">
            <thead>
              <tr>
                {section.table.head.map((cell) => (
                  <th key={cell} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (column === 0 ? <th key={column} scope="row">{cell}</th> : <td key={column}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {section.parts?.map((part, index) => <Section key={index} section={part} depth={1} />)}
    </section>
  );
}

/**
 * Sections under a title as the reader will see them; the summary and the
 * series evidence pack share it. Every piece is rendered as text.
 */
export function SectionsDocument({ title, sections, headingId, testId = 'summary-document' }: { title: string; sections: readonly SummarySection[]; headingId?: string; testId?: string }) {
  return (
    <article class="summary-document" data-testid={testId} aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      {sections.map((section, index) => (
        <Section key={index} section={section} depth={0} />
      ))}
    </article>
  );
}

/**
 * The summary as the reader will see it, built from the same sections as the
 * copied and downloaded versions.
 */
export function SummaryDocument({ model, headingId }: { model: SummaryModel; headingId?: string }) {
  return <SectionsDocument title={summarySubject(model)} sections={summarySections(model)} headingId={headingId} />;
}
