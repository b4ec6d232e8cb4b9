const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * A duration as the side panel shows it: "0:07", "12:05", "1:02:03".
 */
export function formatDuration(durationMs: number): string {
  const totalSeconds = Math.max(0, Math.floor(durationMs / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  return `${minutes}:${ss}`;
}

/**
 * A duration in words for screen readers: "1 hour 2 minutes", "45 seconds".
 */
export function formatDurationWords(durationMs: number): string {
  const totalSeconds = Math.max(0, Math.round(durationMs / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  if (hours) parts.push(plural(hours, 'hour'));
  if (minutes) parts.push(plural(minutes, 'minute'));
  if (!hours && (seconds || !minutes)) parts.push(plural(seconds, 'second'));
  return parts.join(' ');
}

/** A date as NHS papers write it: "18 Nov 2026". */
export function formatDate(epochMs: number): string {
  return dateFormat.format(epochMs);
}

/** An ISO date (YYYY-MM-DD) as NHS papers write it: "31 Jan 2027". */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return dateFormat.format(new Date(year!, month! - 1, day!));
}

/** A 24-hour clock time: "14:05". */
export function formatTime(epochMs: number): string {
  return timeFormat.format(epochMs);
}

/** A 0–1 ratio as a whole percentage: "34%". Small non-zero shares show as "<1%". */
export function formatPercent(ratio: number): string {
  if (ratio > 0 && ratio < 0.005) return '<1%';
  return `${Math.round(ratio * 100)}%`;
}
