import type { FastifyInstance } from 'fastify';

/** Routes of the calls module (filled in by the module). */
export async function callRoutes(_app: FastifyInstance) {}
