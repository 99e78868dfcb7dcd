import type { FastifyInstance } from 'fastify';

/** Reporting periods, college submissions, review and snapshots. */
export async function submissionRoutes(_app: FastifyInstance) {}
