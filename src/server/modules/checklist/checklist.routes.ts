import type { FastifyInstance } from 'fastify';

/** Routes of the checklist module (filled in by the module). */
export async function checklistRoutes(_app: FastifyInstance) {}
