import type { FastifyInstance } from 'fastify';

/** In-app notifications and the mail outbox (filled in by the notifications module). */
export async function notificationRoutes(_app: FastifyInstance) {}
