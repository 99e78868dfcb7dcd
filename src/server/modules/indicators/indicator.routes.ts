import type { FastifyInstance } from 'fastify';

/** Indicator definitions (versioned) and targets. */
export async function indicatorRoutes(_app: FastifyInstance) {}
