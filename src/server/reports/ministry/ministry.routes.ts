import type { FastifyInstance } from 'fastify';

/** The Ministry's tables (screen, drill-down, xlsx) and the counting settings. */
export async function ministryRoutes(_app: FastifyInstance) {}
