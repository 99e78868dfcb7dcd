import type { FastifyInstance } from 'fastify';

/** The executive dashboard and the whole-university status report (PDF, xlsx). */
export async function statusReportRoutes(_app: FastifyInstance) {}
