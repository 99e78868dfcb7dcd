import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HTTP_STATUS } from '#server/lib/errors.js';
import type { ErrorCode } from '#shared/errors.js';
import { Agreement, AgreementSummary, Factsheet, Place } from '#shared/schemas/agreements.js';
import { ApiErrorBody } from '#shared/schemas/api-error.js';
import { OkResponse } from '#shared/schemas/common.js';
import { ApiToken, Webhook, WebhookDelivery } from '#shared/schemas/integrations.js';
import { Contact, Partner, PartnerSummary } from '#shared/schemas/partners.js';

/**
 * The OpenAPI document integrators generate clients from (issue 22, item 4; docs/decisions/0034). Routes
 * declare their zod schemas; everything every operation needs is added here, once, from the route's
 * method and path: an operationId `<resource><Verb>` and a summary, the security it takes (session cookie
 * + CSRF header, or an API token), the error responses (the one ApiError body, per the code → HTTP table)
 * and, for downloads, their content types as binary. A route may still state its own operationId/summary.
 */
// biome-ignore lint/suspicious/noExplicitAny: the generated document is walked as plain JSON
type Json = Record<string, any>;
type Options = { sessionCookie: string; csrfHeader: string };

/** Reached without signing in, by design (the route × role matrix lists them as PUBLIC or sign-in steps). */
const PUBLIC = [
  /^\/api\/health$/,
  /^\/api\/v1\/auth\/(login|forgot-password|set-password)$/,
  /^\/api\/v1\/accounts\//,
  /^\/api\/v1\/sso\//,
  /^\/api\/v1\/sign-in-options$/,
  /^\/api\/public\//,
  /^\/api\/v1\/public\//,
  /^\/api\/v1\/calendar\/(public\.ics|\{token\}\/feed\.ics)$/,
  /^\/api\/v1\/university(\/logo)?$/,
  /^\/portal/,
  /^\/sitemap\.xml$/,
];
/** The admissions portal's own applications: the applicant's token from the mailed code, not a staff session. */
const APPLICANT = /^\/api\/v1\/public\/admissions\/applications/;
const isPublic = (method: string, path: string) =>
  PUBLIC.some((p) => p.test(path)) && !(path.startsWith('/api/v1/university') && method !== 'get');

/** Where the derived name would read poorly. */
const EXPLICIT: Record<string, { operationId: string; summary: string }> = {
  'get /api/v1/auth/me': { operationId: 'authMeGet', summary: 'The signed-in user, their roles and capabilities' },
  'post /api/v1/auth/login': { operationId: 'authLogin', summary: 'Sign in with e-mail and password' },
  'post /api/v1/auth/logout': { operationId: 'authLogout', summary: 'Sign out' },
  'get /api/health': { operationId: 'healthGet', summary: 'Database reachability and migration level' },
};

const FILE_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  ics: 'text/calendar',
  xml: 'application/xml',
};
/** Stored uploads are served as the type they were checked to be (lib/http-files.ts). */
const STORED_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/svg+xml', FILE_TYPES.xlsx as string];
const binary = { schema: { type: 'string', format: 'binary' } };

const words = (segment: string) => segment.split(/[-._]/).filter(Boolean);
const camel = (parts: string[]) =>
  parts.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]?.toUpperCase() + w.slice(1).toLowerCase())).join('');
const isParam = (s: string) => s.startsWith('{');
/** Nouns that end in "s" but name one thing, and POST paths that create (the rest of POST …/word are actions). */
const NOT_PLURAL = new Set(['status', 'progress', 'access', 'address']);

/** `<resource><Verb>` from the path's fixed segments: GET /partners → partnersList, POST /partners/{id}/archive → partnersArchive. */
export function deriveOperation(method: string, path: string): { operationId: string; summary: string } {
  const explicit = EXPLICIT[`${method} ${path}`];
  if (explicit) return explicit;
  const segments = path
    .replace(/^\/api\/(v1\/)?/, '/')
    .split('/')
    .filter(Boolean);
  const last = segments.at(-1) ?? 'root';
  const fixed = segments.filter((s) => !isParam(s));
  let verb: string;
  let resource = fixed.flatMap(words);
  const ext = /\.(xlsx|pdf|ics|xml)$/.exec(last)?.[1];
  // GET: a file, one record (…/{id}), a record's part (…/{id}/history), or a list (/partners, /mail/outbox).
  const plural = last.endsWith('s') && !NOT_PLURAL.has(last);
  if (method === 'get')
    verb = ext ? 'Download' : isParam(last) || (isParam(segments.at(-2) ?? '') && !plural) ? 'Get' : 'List';
  else if (method === 'put') verb = 'Update';
  else if (method === 'delete') verb = 'Delete';
  else if (method === 'patch') verb = 'Patch';
  else if (!isParam(last) && !plural && fixed.length > 1) {
    verb = camel(['x', ...words(last)]).slice(1);
    resource = fixed.slice(0, -1).flatMap(words);
  } else verb = 'Create';
  // The server-written pages (/portal/…) mirror API paths (/api/v1/portal/…): their ids say they are pages.
  if (!path.startsWith('/api/')) resource = ['page', ...resource];
  const operationId = camel([...resource, verb]);
  const subject = resource.join(' ');
  const summary = `${verb.replace(/([a-z])([A-Z])/g, '$1 $2')} ${subject}`.trim();
  return { operationId, summary: summary[0]?.toUpperCase() + summary.slice(1) };
}

/** The error responses, one per HTTP status of the code table, each naming its codes. */
function errorResponses(): Record<string, Json> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const [code, status] of Object.entries(HTTP_STATUS) as [ErrorCode, number][])
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      `Error${status}`,
      {
        description: `Error (${codes.join(', ')}); the message is in the request's language.`,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
      },
    ]),
  );
}

function statusesFor(method: string, secured: boolean): number[] {
  const out = [400, 404, 500];
  if (secured) out.push(401, 403);
  if (method !== 'get' && method !== 'head') out.push(403, 409, 413, 415, 429);
  return [...new Set(out)].sort();
}

/**
 * OpenAPI 3.0 has no type-less `nullable`: an unknown value admits null already, so the flag goes; on a
 * union it moves onto the members that have a type.
 */
function dropTypelessNullable(node: unknown): void {
  if (Array.isArray(node)) node.forEach(dropTypelessNullable);
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (o.nullable === true && o.type === undefined && !o.$ref && !o.allOf) {
      for (const member of [...(o.anyOf ?? []), ...(o.oneOf ?? [])]) if (member.type) member.nullable = true;
      delete o.nullable;
    }
    for (const v of Object.values(o)) dropTypelessNullable(v);
  }
}

function decorate(method: string, path: string, op: Json) {
  const derived = deriveOperation(method, path);
  op.operationId ??= derived.operationId;
  op.summary ??= derived.summary;
  const secured = !isPublic(method, path);
  const unsafe = method !== 'get' && method !== 'head';
  op.security = APPLICANT.test(path)
    ? [{ applicant: [] }]
    : secured
      ? [unsafe ? { session: [], csrf: [] } : { session: [] }, { apiToken: [] }]
      : [];
  op.responses ??= {};
  const success = Object.keys(op.responses).filter((s) => s.startsWith('2'));
  const ext = /\.(xlsx|pdf|ics|xml)$/.exec(path)?.[1];
  for (const s of success) {
    const r = op.responses[s];
    if (r.content) {
      if (r.description === 'Default Response') r.description = 'Success';
      continue;
    }
    if (ext) r.content = { [FILE_TYPES[ext] as string]: binary };
    else if (path.startsWith('/portal')) r.content = { 'text/html': { schema: { type: 'string' } } };
    else if (/\/(file|files\/\{\w+\}|documents\/\{\w+\}|logo|photo)$/.test(path))
      r.content = Object.fromEntries(STORED_FILE_TYPES.map((t) => [t, binary]));
    if (r.description === 'Default Response') r.description = ext || r.content ? 'The file' : 'Done';
  }
  for (const s of statusesFor(method, secured))
    op.responses[String(s)] ??= { $ref: `#/components/responses/Error${s}` };
}

/**
 * Shared schemas that become named components (`#/components/schemas/<name>`): the error body and the records
 * integrators meet most. Registered here, on the server, so the browser's copies of the schemas carry no ids.
 */
const COMPONENTS: [z.ZodType, string][] = [
  [ApiErrorBody, 'ApiError'],
  [OkResponse, 'Ok'],
  [PartnerSummary, 'PartnerSummary'],
  [Partner, 'Partner'],
  [Contact, 'Contact'],
  [AgreementSummary, 'AgreementSummary'],
  [Agreement, 'Agreement'],
  [Place, 'ExchangePlace'],
  [Factsheet, 'Factsheet'],
  [ApiToken, 'ApiToken'],
  [Webhook, 'Webhook'],
  [WebhookDelivery, 'WebhookDelivery'],
];

/** Builds the swagger plugin's `transformObject`: the zod components, then the decorations above. */
export function openApiTransformObject(o: Options) {
  for (const [schema, id] of COMPONENTS) if (!z.globalRegistry.has(schema)) z.globalRegistry.add(schema, { id });
  return (input: Parameters<typeof jsonSchemaTransformObject>[0]) => {
    const doc = jsonSchemaTransformObject(input) as Json;
    for (const [path, ops] of Object.entries(doc.paths ?? {}) as [string, Json][])
      for (const [method, op] of Object.entries(ops)) decorate(method, path, op as Json);
    doc.servers = [{ url: '/', description: 'This server' }];
    doc.info.license = { name: 'Proprietary', url: '/portal' };
    doc.components.responses = errorResponses();
    doc.components.securitySchemes = {
      session: { type: 'apiKey', in: 'cookie', name: o.sessionCookie, description: 'The session of a signed-in user' },
      csrf: {
        type: 'apiKey',
        in: 'header',
        name: o.csrfHeader,
        description: 'With the session, on every write: the csrfToken of GET /api/v1/auth/me',
      },
      applicant: {
        type: 'apiKey',
        in: 'header',
        name: 'x-applicant-token',
        description: 'An applicant of the admissions portal: the token given for the code mailed to them',
      },
      apiToken: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'mrd_…',
        description: 'An API token made by an administrator (/integrations): one role in one unit; no CSRF header',
      },
    };
    // Each registered schema appears as input and output; keep the input copy only where something uses it.
    const text = JSON.stringify(doc.paths);
    for (const name of Object.keys(doc.components.schemas ?? {}))
      if (name.endsWith('Input') && !text.includes(`"#/components/schemas/${name}"`))
        delete doc.components.schemas[name];
    dropTypelessNullable(doc);
    return doc;
  };
}
