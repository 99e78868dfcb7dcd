/**
 * A small iCalendar (RFC 5545) writer: `ical-generator` is not installed here (docs/decisions/0025), and
 * a feed needs little — a calendar of events, all-day or at a Taipei time. What the RFC asks and clients
 * enforce: CRLF line ends; lines folded at 75 octets (of UTF-8, never inside a character) with CRLF and
 * one space; TEXT values escaped (\\ ; , and newlines); a VTIMEZONE for every TZID used; DTSTAMP in UTC;
 * an all-day DTEND the day after the last day (it is exclusive).
 */
export const TZID = 'Asia/Taipei';

export type CalendarItem = {
  /** Stable across fetches so a client updates the item instead of adding a copy. */
  uid: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  categories?: string[];
} & (
  | { allDay: true; startDate: string; endDate?: string | null }
  /** Local Taipei wall-clock time, 'YYYY-MM-DDTHH:MM'. */
  | { allDay: false; start: string; end?: string | null }
);

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(v: string): string {
  return v
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line at 75 octets; continuation lines start with a space (which counts). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compactDate = (d: string) => d.replaceAll('-', '');
const localTime = (t: string) => `${compactDate(t.slice(0, 10))}T${t.slice(11, 13)}${t.slice(14, 16)}00`;
const utcStamp = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

/** The day after a date (all-day DTEND is exclusive). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** An UTC instant as Taipei wall-clock time (UTC+8 all year, no daylight saving since 1979). */
export function taipeiLocal(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3_600_000);
  return d.toISOString().slice(0, 16);
}

// Taiwan has kept +08:00 without daylight saving since 1979: one STANDARD component is the whole rule.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(item: CalendarItem, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${item.uid}`, `DTSTAMP:${stamp}`];
  if (item.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${compactDate(item.startDate)}`);
    lines.push(`DTEND;VALUE=DATE:${compactDate(nextDay(item.endDate ?? item.startDate))}`);
  } else {
    lines.push(`DTSTART;TZID=${TZID}:${localTime(item.start)}`);
    if (item.end) lines.push(`DTEND;TZID=${TZID}:${localTime(item.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(item.summary)}`);
  if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
  if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
  if (item.url) lines.push(`URL:${item.url}`);
  if (item.categories?.length) lines.push(`CATEGORIES:${item.categories.map(escapeText).join(',')}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The whole calendar as text, ready to send as text/calendar. `now` is an ISO instant (DTSTAMP). */
export function writeCalendar(name: string, items: CalendarItem[], now: string): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Meridian//Office of International Affairs//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...items.flatMap((i) => eventLines(i, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
