/**
 * A small, strict XML reader for EWP files: elements with their local names, attributes and text, enough to
 * compute the v7 iia-hash exactly as the official XSLT does. No DTDs (rejected, so no entity expansion
 * tricks); the predefined and numeric character references, CDATA, comments and PIs are handled as an XML
 * parser would (line endings normalised to \n, attribute whitespace to spaces).
 */
export interface XmlElement {
  /** Name without its prefix (XPath local-name()). */
  localName: string;
  /** name: as written (prefix included), to tell unprefixed attributes (XPath @name) from others. */
  attributes: { name: string; localName: string; value: string }[];
  children: XmlNode[];
  parent: XmlElement | null;
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_m, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const v = ENTITIES[ref];
    if (v === undefined) throw new Error(`unknown entity &${ref};`);
    return v;
  });
}

const localOf = (qname: string) => qname.slice(qname.indexOf(':') + 1);
const ATTR = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export function parseXml(source: string): XmlElement {
  const xml = source.replace(/\r\n?/g, '\n');
  const root: XmlElement = { localName: '#document', attributes: [], children: [], parent: null };
  let current = root;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      if (current === root) {
        if (text.trim()) throw new Error('text outside the root element');
      } else current.children.push(decode(text));
    }
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) i = after(xml, '-->', lt);
    else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      if (end < 0) throw new Error('unterminated CDATA');
      current.children.push(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) i = after(xml, '?>', lt);
    else if (xml.startsWith('<!', lt)) throw new Error('DTDs are not accepted');
    else if (xml.startsWith('</', lt)) {
      const end = after(xml, '>', lt);
      const name = xml.slice(lt + 2, end - 1).trim();
      if (current === root || localOf(name) !== current.localName) throw new Error(`unexpected </${name}>`);
      current = current.parent ?? root;
      i = end;
    } else {
      const end = tagEnd(xml, lt);
      const selfClosing = xml[end - 2] === '/';
      const inner = xml.slice(lt + 1, selfClosing ? end - 2 : end - 1);
      const name = inner.match(/^[^\s/>]+/)?.[0];
      if (!name) throw new Error('malformed tag');
      const el: XmlElement = { localName: localOf(name), attributes: [], children: [], parent: current };
      for (const m of inner.slice(name.length).matchAll(ATTR)) {
        const qname = m[1] ?? '';
        if (qname === 'xmlns' || qname.startsWith('xmlns:')) continue; // namespace declarations are not attributes
        const raw = m[3] ?? m[4] ?? '';
        el.attributes.push({ name: qname, localName: localOf(qname), value: decode(raw.replace(/[\t\n]/g, ' ')) });
      }
      if (current === root && root.children.length > 0) throw new Error('more than one root element');
      current.children.push(el);
      if (!selfClosing) current = el;
      i = end;
    }
  }
  if (current !== root) throw new Error(`<${current.localName}> is not closed`);
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('no root element');
  return top;
}

function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new Error(`missing ${marker}`);
  return at + marker.length;
}

/** The end of a start tag: the first '>' outside a quoted attribute value. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let j = from + 1; j < xml.length; j++) {
    const ch = xml[j];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return j + 1;
  }
  throw new Error('unterminated tag');
}

export const elementsOf = (el: XmlElement) => el.children.filter((c): c is XmlElement => typeof c !== 'string');
export const childrenNamed = (el: XmlElement, name: string) => elementsOf(el).filter((c) => c.localName === name);

/** XPath string value: all descendant text in document order. */
export function stringValue(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : stringValue(c))).join('');
}

/** Descendants in document order (XPath .//*). */
export function* descendants(el: XmlElement): Generator<XmlElement> {
  for (const c of elementsOf(el)) {
    yield c;
    yield* descendants(c);
  }
}
