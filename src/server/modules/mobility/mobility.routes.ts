import type { FastifyInstance } from 'fastify';

/** Routes of the mobility module (filled in by the module). */
export async function mobilityRoutes(_app: FastifyInstance) {}
