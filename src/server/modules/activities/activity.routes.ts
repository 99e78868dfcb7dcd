import type { FastifyInstance } from 'fastify';

/** College exchange activities entered by hand. */
export async function activityRoutes(_app: FastifyInstance) {}
