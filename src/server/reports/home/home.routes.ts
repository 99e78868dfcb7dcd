import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import { HomeTodos } from '#shared/schemas/home.js';
import { homeTodos } from './home.service.js';

/** The signed-in user's own to-dos, for the home page (every role; each sees only what is theirs to do). */
export async function homeRoutes(app: FastifyInstance) {
  typed(app).get('/api/v1/home/todos', { schema: { tags: ['home'], response: { 200: HomeTodos } } }, (req) =>
    homeTodos(ctx(req)),
  );
}
