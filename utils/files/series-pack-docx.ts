import type { SeriesPack } from '../core/series-pack';
import { seriesPackSections } from '../core/series-pack-render';
import { renderSectionsDocx } from './summary-docx';

/**
 * The evidence pack of a series as a Word document (.docx), from the same
 * sections as its HTML and plain text, with the summary's Word styles. The
 * `docx` library is loaded only when this runs (summary-docx imports it
 * lazily), and callers import this module lazily too.
 */
export function renderSeriesPackDocx(pack: SeriesPack): Promise<Blob> {
  return renderSectionsDocx(pack.title, seriesPackSections(pack));
}
