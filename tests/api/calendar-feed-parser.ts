/**
 * A strict iCalendar (RFC 5545) reader for the feed tests — no parser package is installed here. It
 * refuses what a client would choke on: bare LF, a line over 75 octets, an unescaped comma or semicolon
 * in a TEXT value, unbalanced BEGIN/END, a TZID without its VTIMEZONE, an event without UID/DTSTAMP/DTSTART.
 */
export type Prop = { name: string; params: Record<string, string>; value: string };
export type Component = { type: string; props: Prop[]; children: Component[] };

const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'X-WR-CALNAME']);

export function unescapeText(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v[i] as string;
    if (c === '\\') {
      const n = v[++i];
      if (n === 'n' || n === 'N') out += '\n';
      else if (n === '\\' || n === ';' || n === ',') out += n;
      else throw new Error(`bad escape \\${n} in ${v}`);
    } else if (c === ';' || c === ',') throw new Error(`unescaped ${c} in TEXT ${v}`);
    else out += c;
  }
  return out;
}

export function parseICalendar(text: string): Component {
  if (/[^\r]\n/.test(text)) throw new Error('bare LF: lines must end with CRLF');
  if (!text.endsWith('\r\n')) throw new Error('the last line must end with CRLF');
  const physical = text.slice(0, -2).split('\r\n');
  for (const l of physical) if (Buffer.byteLength(l, 'utf8') > 75) throw new Error(`line over 75 octets: ${l}`);
  const lines: string[] = [];
  for (const l of physical) {
    if (l.startsWith(' ') || l.startsWith('\t')) {
      if (!lines.length) throw new Error('continuation before any line');
      lines[lines.length - 1] += l.slice(1);
    } else lines.push(l);
  }
  const root: Component = { type: '', props: [], children: [] };
  const stack: Component[] = [root];
  for (const line of lines) {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const name = (m[1] as string).toUpperCase();
    const params = Object.fromEntries(
      [...(m[2] as string).matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/g)].map((p) => [
        (p[1] as string).toUpperCase(),
        p[2] as string,
      ]),
    );
    const value = m[3] as string;
    const top = stack.at(-1) as Component;
    if (name === 'BEGIN') {
      const child: Component = { type: value, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      if (top.type !== value) throw new Error(`END:${value} closes ${top.type}`);
      stack.pop();
    } else {
      top.props.push({ name, params, value: TEXT_PROPS.has(name) ? unescapeText(value) : value });
    }
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error('unbalanced BEGIN/END');
  const cal = root.children[0] as Component;
  if (cal.type !== 'VCALENDAR') throw new Error('not a VCALENDAR');
  if (prop(cal, 'VERSION') !== '2.0' || !prop(cal, 'PRODID')) throw new Error('VERSION 2.0 and PRODID are required');
  const zones = new Set(cal.children.filter((c) => c.type === 'VTIMEZONE').map((z) => prop(z, 'TZID')));
  for (const e of events(cal)) {
    for (const req of ['UID', 'DTSTAMP', 'DTSTART']) if (!prop(e, req)) throw new Error(`VEVENT without ${req}`);
    if (!/^\d{8}T\d{6}Z$/.test(prop(e, 'DTSTAMP') as string)) throw new Error('DTSTAMP must be UTC');
    for (const p of e.props.filter((x) => x.params.TZID))
      if (!zones.has(p.params.TZID)) throw new Error(`TZID ${p.params.TZID} without a VTIMEZONE`);
  }
  return cal;
}

export const prop = (c: Component, name: string) => c.props.find((p) => p.name === name)?.value;
export const propOf = (c: Component, name: string) => c.props.find((p) => p.name === name);
export const events = (cal: Component) => cal.children.filter((c) => c.type === 'VEVENT');
