import type { FastifyInstance } from 'fastify';

/** Dashboard figures and the world map's data (filled in by the dashboard module). */
export async function dashboardRoutes(_app: FastifyInstance) {}
