import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iiaHashes } from '#server/modules/ewp/iia-hash.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ewp/${name}`, import.meta.url), 'utf8');

/** The text-to-hash printed in resources/xsltKit/README.md for get-response-v7.xml (official repository). */
const README_TEXT =
  '_iia-id_1=0f7a5682-faf7-49a7-9cc7-ec486c49a281__iia-id_2=1954991__cooperation-conditions.student-studies-mobility-spec.sending-hei-id=uw.edu.pl__cooperation-conditions.student-studies-mobility-spec.sending-ounit-id=140__cooperation-conditions.student-studies-mobility-spec.receiving-hei-id=hibo.no__student-studies-mobility-spec.subject-area.isced-f-code=031__student-studies-mobility-spec.subject-area.isced-clarification=Social and behavioural sciences__cooperation-conditions.student-studies-mobility-spec.total-months-per-year=5__cooperation-conditions.student-studies-mobility-spec.blended=false__cooperation-conditions.student-studies-mobility-spec.eqf-level=7__cooperation-conditions.student-studies-mobility-spec.eqf-level=8__receiving-first-academic-year-id=2014/2015__receiving-last-academic-year-id=2020/2021__cooperation-conditions.staff-teacher-mobility-spec.sending-hei-id=uw.edu.pl__cooperation-conditions.staff-teacher-mobility-spec.sending-ounit-id=140__cooperation-conditions.staff-teacher-mobility-spec.receiving-hei-id=hibo.no__cooperation-conditions.staff-teacher-mobility-spec.mobilities-per-year=2__staff-teacher-mobility-spec.recommended-language-skill.language=en__staff-teacher-mobility-spec.recommended-language-skill.cefr-level=C1__staff-teacher-mobility-spec.subject-area.isced-f-code=0314__cooperation-conditions.staff-teacher-mobility-spec.total-days-per-year=8__receiving-first-academic-year-id=2016/2017__receiving-last-academic-year-id=2017/2018_';

describe('EWP IIAs v7 iia-hash (port of transform_version_7.xsl)', () => {
  it('reproduces the official xsltKit vector get-response-v7.xml: text, hash and valid-for-approval', () => {
    const [iia, ...rest] = iiaHashes(fixture('get-response-v7.xml'));
    expect(rest).toHaveLength(0);
    expect(iia?.iiaId).toBe('0f7a5682-faf7-49a7-9cc7-ec486c49a281');
    expect(iia?.textToHash).toBe(README_TEXT);
    expect(iia?.hash).toBe('87b33170d7a6c6d894215641f39e7b7de36501265479e5ab3922f32d5b225033');
    // not-yet-defined and v6-value are present: the XSLT adds <valid-for-approval>false</valid-for-approval>
    expect(iia?.validForApproval).toBe(false);
  });

  it('reproduces the hash stated in the official endpoints/get-response-example.xml', () => {
    const [iia] = iiaHashes(fixture('get-response-example.xml'));
    expect(iia?.hash).toBe('e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4');
    expect(iia?.validForApproval).toBe(true);
  });

  it('changes with any condition value but not with contacts or the academic years element order', () => {
    const base = fixture('get-response-v7.xml');
    const h = (xml: string) => iiaHashes(xml)[0]?.hash;
    expect(h(base.replace('<total-days-per-year>8<', '<total-days-per-year>9<'))).not.toBe(h(base));
    expect(h(base.replace('<c:contact-name>XYZ<', '<c:contact-name>ABC<'))).toBe(h(base));
    expect(
      h(base.replace('<cooperation-conditions>', '<cooperation-conditions terminated-as-a-whole="true">')),
    ).not.toBe(h(base));
  });

  it('refuses a DTD (no entity expansion from outside files)', () => {
    expect(() => iiaHashes('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')).toThrow(/DTD/);
  });
});
