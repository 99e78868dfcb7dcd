import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { SignedXml } from 'xml-crypto';

/** How the next response is made: who, and which fault to plant in it. */
export type SamlAnswer = {
  nameId: string;
  attributes: Record<string, string | string[]>;
  audience?: string;
  /** Minutes from now the assertion stops being valid (negative: already expired). */
  validForMinutes?: number;
  /** Change the signed NameID after signing. */
  tamper?: boolean;
  /** Sign with another key than the one Meridian trusts. */
  wrongKey?: boolean;
  unsigned?: boolean;
};

export type SamlIdp = {
  entityId: string;
  entryPoint: string;
  cert: string;
  answer: (a: SamlAnswer) => void;
  /** The last response posted back (to replay it). */
  close: () => Promise<void>;
};

function keyPair(dir: string, name: string) {
  const key = path.join(dir, `${name}.key`);
  const crt = path.join(dir, `${name}.crt`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      crt,
      '-days',
      '2',
      '-subj',
      `/CN=${name}`,
    ],
    {
      stdio: 'ignore',
    },
  );
  return { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(crt, 'utf8') };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A SAML 2.0 identity provider on 127.0.0.1 (HTTP-Redirect in, HTTP-POST out), with a signing key and
 * certificate made for this run. It answers the AuthnRequest it receives with an auto-posting form
 * carrying a Response whose Assertion is signed (xml-crypto, RSA-SHA256, exclusive c14n), or with the
 * fault the test asked for.
 */
export async function startSamlIdp(): Promise<SamlIdp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-saml-'));
  const trusted = keyPair(dir, 'idp');
  const other = keyPair(dir, 'intruder');
  fs.rmSync(dir, { recursive: true, force: true });
  let next: SamlAnswer = { nameId: 'nobody', attributes: {} };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://idp');
    if (url.pathname !== '/sso' || !url.searchParams.get('SAMLRequest')) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const request = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
    const id = /\sID="([^"]+)"/.exec(request)?.[1] ?? '';
    const acs = /AssertionConsumerServiceURL="([^"]+)"/.exec(request)?.[1] ?? '';
    const spEntity = /<saml:Issuer[^>]*>([^<]+)</.exec(request)?.[1] ?? '';
    const xml = responseXml(entityId, id, acs, next.audience ?? spEntity, next, next.wrongKey ? other : trusted);
    const relay = url.searchParams.get('RelayState') ?? '';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html><body onload="document.forms[0].submit()">
<form method="post" action="${esc(acs)}"><input type="hidden" name="SAMLResponse" value="${Buffer.from(xml).toString('base64')}">
<input type="hidden" name="RelayState" value="${esc(relay)}"><noscript><button>Continue</button></noscript></form></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const entityId = `${base}/idp`;
  return {
    entityId,
    entryPoint: `${base}/sso`,
    cert: trusted.cert,
    answer: (a) => {
      next = a;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function responseXml(
  issuer: string,
  inResponseTo: string,
  acs: string,
  audience: string,
  a: SamlAnswer,
  key: { key: string; cert: string },
): string {
  const now = new Date();
  const until = new Date(now.getTime() + (a.validForMinutes ?? 5) * 60_000).toISOString();
  const before = new Date(now.getTime() - 60_000).toISOString();
  const issued = (a.validForMinutes ?? 5) < 0 ? new Date(now.getTime() - 30 * 60_000).toISOString() : now.toISOString();
  const assertionId = `_a${randomUUID()}`;
  const attributes = Object.entries(a.attributes)
    .map(
      ([name, v]) =>
        `<saml:Attribute Name="${esc(name)}">${(Array.isArray(v) ? v : [v])
          .map((x) => `<saml:AttributeValue>${esc(x)}</saml:AttributeValue>`)
          .join('')}</saml:Attribute>`,
    )
    .join('');
  const assertion = `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${assertionId}" Version="2.0" IssueInstant="${issued}"><saml:Issuer>${esc(issuer)}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${esc(a.nameId)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${esc(inResponseTo)}" NotOnOrAfter="${until}" Recipient="${esc(acs)}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${before}" NotOnOrAfter="${until}"><saml:AudienceRestriction><saml:Audience>${esc(audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${issued}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>${attributes}</saml:AttributeStatement></saml:Assertion>`;
  let signed = a.unsigned ? assertion : sign(assertion, key);
  if (a.tamper) signed = signed.replace(`>${esc(a.nameId)}</saml:NameID>`, `>${esc(a.nameId)}-x</saml:NameID>`);
  return `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${randomUUID()}" Version="2.0" IssueInstant="${now.toISOString()}" Destination="${esc(acs)}" InResponseTo="${esc(inResponseTo)}"><saml:Issuer>${esc(issuer)}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${signed}</samlp:Response>`;
}

function sign(xml: string, key: { key: string; cert: string }): string {
  const sig = new SignedXml({
    privateKey: key.key,
    publicCert: key.cert,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: "//*[local-name(.)='Assertion']",
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(xml, {
    location: { reference: "//*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: 'after' },
  });
  return sig.getSignedXml();
}
