import type { FastifyInstance } from 'fastify';

/** The ad-hoc report builder and saved report definitions. */
export async function reportBuilderRoutes(_app: FastifyInstance) {}
