import type { FastifyInstance } from 'fastify';

/** Routes of the funding module (filled in by the module). */
export async function fundingRoutes(_app: FastifyInstance) {}
