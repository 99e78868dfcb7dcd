import type { FastifyInstance } from 'fastify';

/** Agreements, their places, files and partner factsheets (filled in by the agreements module). */
export async function agreementRoutes(_app: FastifyInstance) {}
