import type { EwpMobilityKind, IiaCondition } from './iia-xml.js';
import { childrenNamed, descendants, elementsOf, parseXml, stringValue, type XmlElement } from './xml-tree.js';

/**
 * Reads the <iia> elements of an IIAs v7 get-response (a partner's copy) into the same shape our export
 * writes from (IiaCondition), so the two copies can be compared field by field. The file has passed the
 * XSD already; this only picks values. Parts marked not-yet-defined are left out, as the v7 hash leaves them out.
 */
export interface ReadSide {
  heiId: string;
  iiaId: string | null;
  iiaCode: string | null;
  signerName: string | null;
  signingDate: string | null;
}
export interface ReadIia {
  partners: ReadSide[];
  inEffect: boolean;
  conditions: IiaCondition[];
  statedHash: string;
}

const KIND_OF: Record<string, EwpMobilityKind> = {
  'student-studies-mobility-spec': 'study',
  'student-traineeship-mobility-spec': 'traineeship',
  'staff-teacher-mobility-spec': 'teaching',
  'staff-training-mobility-spec': 'training',
};

const isTrue = (v: string | undefined) => v === 'true' || v === '1';
const notYetDefined = (el: XmlElement) => isTrue(el.attributes.find((a) => a.localName === 'not-yet-defined')?.value);
const text = (el: XmlElement, name: string): string | null => {
  const c = childrenNamed(el, name)[0];
  return c && !notYetDefined(c) ? stringValue(c).trim() : null;
};
const texts = (el: XmlElement, name: string) =>
  childrenNamed(el, name)
    .filter((c) => !notYetDefined(c))
    .map((c) => stringValue(c).trim());
/** "2026/2027" → 2026 (academic years are named by their starting calendar year). */
const yearOf = (id: string | null) => Number((id ?? '').slice(0, 4));

function side(p: XmlElement): ReadSide {
  const signer = childrenNamed(p, 'signing-contact')[0];
  const name = signer ? [...descendants(signer)].find((e) => e.localName === 'contact-name') : undefined;
  return {
    heiId: (text(p, 'hei-id') ?? '').toLowerCase(),
    iiaId: text(p, 'iia-id'),
    iiaCode: text(p, 'iia-code'),
    signerName: name ? stringValue(name).trim() : null,
    signingDate: text(p, 'signing-date'),
  };
}

function condition(spec: XmlElement, kind: EwpMobilityKind): IiaCondition {
  const total = text(spec, 'total-months-per-year') ?? text(spec, 'total-days-per-year');
  return {
    kind,
    sendingHeiId: (text(spec, 'sending-hei-id') ?? '').toLowerCase(),
    receivingHeiId: (text(spec, 'receiving-hei-id') ?? '').toLowerCase(),
    firstYear: yearOf(text(spec, 'receiving-first-academic-year-id')),
    lastYear: yearOf(text(spec, 'receiving-last-academic-year-id')),
    mobilitiesPerYear: Number(text(spec, 'mobilities-per-year') ?? 0),
    languages: childrenNamed(spec, 'recommended-language-skill')
      .filter((l) => !notYetDefined(l))
      .map((l) => ({ language: (text(l, 'language') ?? '').toLowerCase(), cefr: text(l, 'cefr-level') })),
    isced: childrenNamed(spec, 'subject-area')
      .map((s) => text(s, 'isced-f-code'))
      .filter((c): c is string => !!c),
    total: total == null ? null : Number(total),
    eqfLevels: texts(spec, 'eqf-level').map(Number),
  };
}

export function readIias(xml: string): ReadIia[] {
  const root = parseXml(xml);
  return childrenNamed(root, 'iia').map((iia) => {
    const cc = childrenNamed(iia, 'cooperation-conditions')[0];
    const conditions = cc
      ? elementsOf(cc).flatMap((spec) => {
          const kind = KIND_OF[spec.localName];
          return kind ? [condition(spec, kind)] : [];
        })
      : [];
    return {
      partners: childrenNamed(iia, 'partner').map(side),
      inEffect: isTrue(text(iia, 'in-effect') ?? undefined),
      conditions,
      statedHash: text(iia, 'iia-hash') ?? '',
    };
  });
}
