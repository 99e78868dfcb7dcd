import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializer } from 'fastify-type-provider-zod';
import { z } from 'zod';

type SerializerArgs = Parameters<typeof zodSerializer>[0];

/**
 * Response serialisation compiled once per route (ADR 0035): the route's zod response schema becomes a
 * JSON schema and fast-json-stringify builds a function that writes exactly the schema's fields (extra
 * properties dropped, as zod's encode drops them) without walking the value through zod first. The
 * zod encode cost 20–40 % of a detail read's CPU (bench mobility.detail, partners.detail).
 *
 * A schema JSON schema cannot express (a transform or codec on the way out) keeps zod's serializer.
 * Outside production the zod check still runs before the fast path, so a service that answers what
 * its schema does not say fails the tests as before.
 */
export function compiledSerializerCompiler(opts: { checkWithZod: boolean }) {
  return (args: SerializerArgs): ((data: unknown) => string) => {
    const checked = zodSerializer(args);
    const fast = compile(args.schema);
    if (!fast) return checked;
    if (!opts.checkWithZod) return fast;
    return (data) => {
      checked(data);
      return fast(data);
    };
  };
}

function compile(maybeSchema: unknown): ((data: unknown) => string) | undefined {
  const schema =
    maybeSchema instanceof z.ZodType
      ? maybeSchema
      : (maybeSchema as { properties?: unknown } | undefined)?.properties instanceof z.ZodType
        ? ((maybeSchema as { properties: z.ZodType }).properties as z.ZodType)
        : undefined;
  if (!schema) return undefined;
  try {
    const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw', target: 'draft-7' });
    return fastJson(json as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
  } catch {
    return undefined;
  }
}
