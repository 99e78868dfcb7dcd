import { createHash } from 'node:crypto';
import { childrenNamed, descendants, elementsOf, parseXml, stringValue, type XmlElement } from './xml-tree.js';

/**
 * The EWP IIAs v7 iia-hash: SHA-256 (lower-case hex) of the "text-to-hash" that the official
 * resources/xsltKit/transform_version_7.xsl (ewp-specs-api-iias, stable-v7) builds from a get-response.
 * This is a line-by-line port of that stylesheet, quirks included, because partners compare hashes byte
 * for byte: the terminated-as-a-whole marker and valid-for-approval look at the WHOLE document (the XSLT
 * uses //), contacts are skipped only below sending-contact/receiving-contact, and the first and last
 * receiving academic years close each mobility.
 */
export interface IiaHashResult {
  /** The first partner's iia-id. */
  iiaId: string;
  textToHash: string;
  hash: string;
  /** False when an element is marked not-yet-defined or carries a v6-value (cannot be approved in v7). */
  validForApproval: boolean;
}

const attr = (el: XmlElement, name: string) => el.attributes.find((a) => a.name === name)?.value;
const isTrue = (v: string | undefined) => v === 'true' || v === '1';
const ln = (el: XmlElement | null) => (el && el.localName !== '#document' ? el.localName : '');

/** XSLT concat() with a path that must select at most one element: empty when it selects none. */
function single(els: XmlElement[], what: string): XmlElement | undefined {
  if (els.length > 1) throw new Error(`more than one ${what}`);
  return els[0];
}

/** func:iscedPatch: the v6-value attribute when present and not empty, else the element's value. */
function iscedPatchedValue(el: XmlElement | undefined): string {
  if (!el) return '';
  if (el.localName === 'isced-f-code') {
    const v6 = attr(el, 'v6-value') ?? '';
    if (v6.length > 0) return v6;
  }
  return stringValue(el);
}
const dumpElement = (el: XmlElement | undefined, name: string) => `_${name}=${iscedPatchedValue(el)}_`;

function notYetDefined(el: XmlElement): boolean {
  for (let e: XmlElement | null = el; e && e.localName !== '#document'; e = e.parent)
    if (isTrue(attr(e, 'not-yet-defined'))) return true;
  return false;
}

function underContact(el: XmlElement): boolean {
  for (let e = el.parent; e; e = e.parent)
    if (e.localName === 'sending-contact' || e.localName === 'receiving-contact') return true;
  return false;
}

const YEARS = new Set(['receiving-first-academic-year-id', 'receiving-last-academic-year-id']);

function mobilityText(mobility: XmlElement): string {
  let out = '';
  for (const d of descendants(mobility)) {
    if (underContact(d) || YEARS.has(d.localName) || notYetDefined(d)) continue;
    for (const a of d.attributes) {
      if (a.name === 'not-yet-defined' || a.name === 'v6-value') continue;
      out += `_@${ln(d.parent?.parent ?? null)}.${ln(d.parent)}.${d.localName}.${a.localName}=${a.value}@_`;
    }
    if (elementsOf(d).length === 0)
      out += dumpElement(d, `${ln(d.parent?.parent ?? null)}.${ln(d.parent)}.${d.localName}`);
  }
  for (const y of YEARS) out += dumpElement(single(childrenNamed(mobility, y), y), y);
  return out;
}

function iiaText(iia: XmlElement, terminated: boolean): string {
  let out = terminated ? '_@terminated-as-a-whole@_' : '';
  childrenNamed(iia, 'partner').forEach((p, i) => {
    out += dumpElement(single(childrenNamed(p, 'iia-id'), 'iia-id'), `iia-id_${i + 1}`);
  });
  for (const cc of childrenNamed(iia, 'cooperation-conditions'))
    for (const mobility of elementsOf(cc)) out += mobilityText(mobility);
  return out;
}

/** Every <iia> in a get-response, with its text-to-hash and hash, in document order. */
export function iiaHashes(xml: string): IiaHashResult[] {
  const root = parseXml(xml);
  const all = [root, ...descendants(root)];
  const terminated = all.some(
    (e) =>
      e.localName === 'cooperation-conditions' &&
      e.attributes.some((a) => a.localName === 'terminated-as-a-whole' && isTrue(a.value)),
  );
  const validForApproval = !all.some((e) => isTrue(attr(e, 'not-yet-defined')) || (attr(e, 'v6-value') ?? '') !== '');
  return all
    .filter((e) => e.localName === 'iia')
    .map((iia) => {
      const firstPartner = childrenNamed(iia, 'partner')[0];
      const iiaId = firstPartner ? childrenNamed(firstPartner, 'iia-id').map(stringValue).join(' ') : '';
      const textToHash = iiaText(iia, terminated);
      return { iiaId, textToHash, hash: sha256Hex(textToHash), validForApproval };
    });
}

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
