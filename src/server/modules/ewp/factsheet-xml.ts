import type { FactsheetInfo, OwnFactsheetBody } from '#shared/schemas/ewp-factsheet.js';
import { escapeXml } from './iia-xml.js';

/**
 * Our factsheet as an EWP Factsheet API response (ewp-specs-api-factsheet stable-v1, response.xsd).
 * Pure; element order follows the XSD's sequence exactly.
 */
export const FACTSHEET_NS = 'https://github.com/erasmus-without-paper/ewp-specs-api-factsheet/tree/stable-v1';
const PHONE_NS = 'https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1';

const el = (name: string, value: string | number, indent: string) =>
  `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;

function info(name: string, i: FactsheetInfo, indent: string): string {
  const inner = `${indent}  `;
  return (
    `${indent}<${name}>\n` +
    el('email', i.email, inner) +
    `${inner}<p:phone-number>\n${el('p:e164', i.phone, `${inner}  `)}${inner}</p:phone-number>\n` +
    el('website-url', i.url, inner) +
    `${indent}</${name}>\n`
  );
}

const calendarEntry = (name: string, d: { autumn: string; spring: string }, indent: string) =>
  `${indent}<${name}>\n${el('autumn-term', `--${d.autumn}`, `${indent}  `)}${el('spring-term', `--${d.spring}`, `${indent}  `)}${indent}</${name}>\n`;

export function writeFactsheetXml(heiId: string, f: OwnFactsheetBody): string {
  const i = '    ';
  let body = el('hei-id', heiId, i);
  body += `${i}<calendar>\n${calendarEntry('student-nominations', f.nominations, `${i}  `)}${calendarEntry('student-applications', f.applications, `${i}  `)}${i}</calendar>\n`;
  body += info('application-info', f.applicationInfo, i);
  for (const r of f.requirements) {
    body += `${i}<additional-requirement>\n${el('name', r.name, `${i}  `)}${el('details', r.details, `${i}  `)}`;
    if (r.url) body += el('information-website', r.url, `${i}  `);
    body += `${i}</additional-requirement>\n`;
  }
  body += el('decision-weeks-limit', f.decisionWeeks, i);
  body += el('tor-weeks-limit', f.torWeeks, i);
  for (const a of f.accessibility) {
    body += `${i}<accessibility>\n${el('type', a.type, `${i}  `)}${el('name', a.name, `${i}  `)}`;
    if (a.description) body += el('description', a.description, `${i}  `);
    body += `${info('information', a.info, `${i}  `)}${i}</accessibility>\n`;
  }
  body += info('housing-info', f.housing, i) + info('visa-info', f.visa, i) + info('insurance-info', f.insurance, i);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<factsheet-response xmlns="${FACTSHEET_NS}" xmlns:p="${PHONE_NS}">\n` +
    `  <factsheet>\n${body}  </factsheet>\n` +
    '</factsheet-response>\n'
  );
}
