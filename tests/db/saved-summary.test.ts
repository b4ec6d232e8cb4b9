import { describe, expect, it } from 'vitest';
import { buildSummary, DEFAULT_SUMMARY_OPTIONS } from '@/utils/core/summary';
import { renderSummaryHtml, renderSummaryMarkdown, renderSummaryText, summarySections } from '@/utils/core/summary-render';
import { summaryRowSchema } from '@/utils/db/rows';
import { renderSummaryDocx } from '@/utils/files/summary-docx';
import { sampleSummaryInput, summarySavedBeforeItems } from '../helpers/summary-fixture';

describe('summaryRowSchema', () => {
  it('reads a summary saved before In brief and items, which renders as it did then in every format', async () => {
    const saved = summarySavedBeforeItems();

    const row = summaryRowSchema.parse(saved.json);

    expect(row.model.inBrief).toBeUndefined();
    expect(row.model.items).toBeUndefined();
    expect(renderSummaryMarkdown(row.model)).toBe(saved.markdown);
    expect(summarySections(row.model)[0]!.heading).toBe('The meeting');
    expect(renderSummaryText(row.model)).not.toMatch(/IN BRIEF|ITEM BY ITEM/);
    expect(renderSummaryHtml(row.model)).not.toMatch(/In brief|Item by item/);
    expect((await renderSummaryDocx(row.model)).size).toBeGreaterThan(5_000);
  });

  it('keeps a summary with In brief and items as built', () => {
    const model = buildSummary(sampleSummaryInput());

    const row = summaryRowSchema.parse({ meetingId: 'meet-sample', savedAtMs: 1, options: DEFAULT_SUMMARY_OPTIONS, model });

    expect(row.model).toEqual(model);
    expect(row.model.inBrief!.length).toBeGreaterThan(0);
    expect(row.model.items!.length).toBe(11);
  });

  it('refuses a kept summary with more In brief lines than a summary can have, or an item with a field it does not know', () => {
    const model = buildSummary(sampleSummaryInput());
    const row = (changed: object) => ({ meetingId: 'meet-sample', savedAtMs: 1, options: DEFAULT_SUMMARY_OPTIONS, model: { ...model, ...changed } });

    expect(summaryRowSchema.safeParse(row({ inBrief: ['1', '2', '3', '4', '5', '6'] })).success).toBe(false);
    expect(summaryRowSchema.safeParse(row({ items: [{ ...model.items![0]!, isCurrent: true }] })).success).toBe(false);
  });
});
