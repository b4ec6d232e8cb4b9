import { bench, describe } from 'vitest';
import { buildSeriesPack } from '@/utils/core/series-pack';
import { renderSeriesPackHtml, renderSeriesPackText } from '@/utils/core/series-pack-render';
import { renderSeriesPackDocx } from '@/utils/files/series-pack-docx';
import { seriesCsv } from '@/utils/files/series-csv';
import { longSeriesEvidence, PACK_NOW } from '../helpers/series-pack-fixtures';

// Issue 14's goal: the evidence pack of 24 meetings builds in under 1 s.
const evidence = longSeriesEvidence(24);
const options = { seriesTitle: 'Primary Care Commissioning Committee', nowMs: PACK_NOW, redact: true, namesAs: 'roles' } as const;
const pack = buildSeriesPack(evidence, options);

describe('the evidence pack of a series of 24 meetings', () => {
  bench('buildSeriesPack (redaction on, names as roles)', () => {
    buildSeriesPack(evidence, options);
  });
  bench('renderSeriesPackHtml and renderSeriesPackText', () => {
    renderSeriesPackHtml(pack);
    renderSeriesPackText(pack);
  });
  bench('renderSeriesPackDocx', async () => {
    await renderSeriesPackDocx(pack);
  });
  bench('the whole pack: model, HTML, text and .docx', async () => {
    const built = buildSeriesPack(evidence, options);
    renderSeriesPackHtml(built);
    renderSeriesPackText(built);
    await renderSeriesPackDocx(built);
  });
  bench('seriesCsv', () => {
    seriesCsv(evidence, options.seriesTitle);
  });
});
