import type { ActionLogEntry } from '../core/action-log';
import { formatDate } from '../core/format';

const PRODUCT = { company: 'Primary Care Meeting Companion', product: 'Action log', language: 'EN' } as const;

function utcDay(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  // ical-generator writes all-day dates from UTC fields, so the date stays the same in every time zone.
  return new Date(Date.UTC(year!, month! - 1, day!));
}

/**
 * Open actions with a due date as all-day events in an iCalendar file
 * (Outlook, Google Calendar, Apple Calendar). Each event's id is the action's
 * ref, so importing the file again updates events rather than doubling them.
 * ical-generator is loaded only when the user exports.
 */
export async function actionsCalendar(
  entries: readonly ActionLogEntry[],
  nowMs: number,
  filterText: (text: string) => string = (text) => text,
): Promise<{ ics: string; eventCount: number }> {
  const { default: ical, ICalEventTransparency } = await import('ical-generator');
  const calendar = ical({ prodId: PRODUCT, name: 'Meeting actions' });
  const due = entries.filter((entry) => entry.kind === 'action' && entry.status === 'open' && entry.dueDate);
  for (const entry of due) {
    const owner = [entry.owner, entry.organisation && `(${entry.organisation})`].filter(Boolean).join(' ');
    calendar.createEvent({
      id: `${entry.ref}@primary-care-meeting-companion`,
      start: utcDay(entry.dueDate!),
      allDay: true,
      stamp: new Date(nowMs),
      summary: `${entry.ref} due: ${filterText(entry.text)}`,
      description: [owner && `Owner: ${owner}`, `From: ${entry.meetingTitle}, ${formatDate(entry.meetingStartedAtMs)}`].filter(Boolean).join('\n'),
      // A due date is a reminder, not time taken out of the day.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  const ics = calendar.toString();
  // RFC 5545 ends every line, the last one too, with CRLF.
  return { ics: ics.endsWith('\r\n') ? ics : `${ics}\r\n`, eventCount: due.length };
}
