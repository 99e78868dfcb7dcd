import type { FastifyInstance } from 'fastify';

/** Routes of the people module (filled in by the module). */
export async function peopleRoutes(_app: FastifyInstance) {}
