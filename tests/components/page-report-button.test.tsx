// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PageReportButton, type PageReportResult } from '@/components/page-report-button';
import { click, mount, q, settle } from '../helpers/dom';

describe('PageReportButton', () => {
  it('says what the report holds before it is saved, and where it went after', async () => {
    const onSave = vi.fn(() => Promise.resolve<PageReportResult>({ ok: true, fileName: 'page-report-meet-2026-12-06-1000.json' }));
    const root = mount(<PageReportButton onSave={onSave} />);
    expect(q(root, 'page-report').textContent).toContain('no words or names from the meeting');
    const button = q(root, 'save-page-report');
    expect(button.tagName).toBe('BUTTON');
    click(button);
    await settle();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(q(root, 'page-report-status').textContent).toContain('Saved page-report-meet-2026-12-06-1000.json to your downloads. Nothing has been sent');
    expect(q(root, 'page-report-error')).toBeNull();
  });

  it('shows why a report could not be saved, as an alert', async () => {
    const root = mount(<PageReportButton onSave={() => Promise.resolve({ ok: false, message: 'This tab is not a Google Meet or Teams page.' })} />);
    click(q(root, 'save-page-report'));
    await settle();
    expect(q(root, 'page-report-error').getAttribute('role')).toBe('alert');
    expect(q(root, 'page-report-error').textContent).toBe('This tab is not a Google Meet or Teams page.');
    expect(q(root, 'page-report-status').textContent).toBe('');
  });

  it('says so when saving fails unexpectedly', async () => {
    const root = mount(<PageReportButton onSave={() => Promise.reject(new Error('boom'))} />);
    click(q(root, 'save-page-report'));
    await settle();
    expect(q(root, 'page-report-error').textContent).toBe('The page report could not be saved. Try again.');
  });
});
