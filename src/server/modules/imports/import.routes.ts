import type { FastifyInstance } from 'fastify';

/** Bulk import of partners and agreements from xlsx (filled in by the imports module). */
export async function importRoutes(_app: FastifyInstance) {}
