import type { FastifyInstance } from 'fastify';
import { ctx } from '#server/http/context.js';
import { typed } from '#server/http/router.js';
import {
  BuddyRoundCreate,
  BuddyRoundDetail,
  BuddyRoundList,
  BuddyWeightsUpdate,
  FirstContact,
  MeetingCreate,
  MyPair,
  MyPairs,
  Pair,
  PairCreate,
  PairFeedback,
  Profile,
  ProfileCreate,
  ProfileUpdate,
  RoundVersion,
} from '#shared/schemas/buddy.js';
import { IdParams, OkResponse } from '#shared/schemas/common.js';
import * as pairs from './buddy-pair.service.js';
import { updateProfile } from './buddy-profile.service.js';
import * as rounds from './buddy-round.service.js';
import { setWeights } from './buddy-weights.service.js';

/** The buddy program: rounds, profiles, matching, pairs, publishing, and the students' own pairs. */
export async function buddyRoutes(app: FastifyInstance) {
  const r = typed(app);
  const tags = ['buddy'];
  const detail = { tags, params: IdParams, response: { 200: BuddyRoundDetail } };
  const mine = { tags, params: IdParams, response: { 200: MyPair } };

  r.get('/api/v1/buddy-rounds', { schema: { tags, response: { 200: BuddyRoundList } } }, (req) =>
    rounds.listRounds(ctx(req)),
  );
  r.post(
    '/api/v1/buddy-rounds',
    { schema: { tags, body: BuddyRoundCreate, response: { 201: BuddyRoundDetail } } },
    async (req, reply) => reply.status(201).send(await rounds.createRound(ctx(req), req.body)),
  );
  r.get('/api/v1/buddy-rounds/:id', { schema: detail }, (req) => rounds.getRound(ctx(req), req.params.id));
  r.post(
    '/api/v1/buddy-rounds/:id/profiles',
    { schema: { tags, params: IdParams, body: ProfileCreate, response: { 201: Profile } } },
    async (req, reply) => reply.status(201).send(await rounds.addProfile(ctx(req), req.params.id, req.body)),
  );
  r.put(
    '/api/v1/buddy-profiles/:id',
    { schema: { tags, params: IdParams, body: ProfileUpdate, response: { 200: Profile } } },
    (req) => updateProfile(ctx(req), req.params.id, req.body),
  );
  r.put('/api/v1/buddy-rounds/:id/weights', { schema: { ...detail, body: BuddyWeightsUpdate } }, (req) =>
    setWeights(ctx(req), req.params.id, req.body),
  );
  r.post('/api/v1/buddy-rounds/:id/propose', { schema: { ...detail, body: RoundVersion } }, (req) =>
    rounds.propose(ctx(req), req.params.id, req.body.version),
  );
  r.post('/api/v1/buddy-rounds/:id/publish', { schema: { ...detail, body: RoundVersion } }, (req) =>
    rounds.publish(ctx(req), req.params.id, req.body.version),
  );
  r.post(
    '/api/v1/buddy-rounds/:id/pairs',
    { schema: { tags, params: IdParams, body: PairCreate, response: { 201: Pair } } },
    async (req, reply) =>
      reply.status(201).send(await rounds.addPair(ctx(req), req.params.id, req.body.internationalId, req.body.localId)),
  );
  r.delete('/api/v1/buddy-pairs/:id', { schema: { tags, params: IdParams, response: { 200: OkResponse } } }, (req) =>
    rounds.removePair(ctx(req), req.params.id),
  );

  r.get('/api/v1/buddy/mine', { schema: { tags, response: { 200: MyPairs } } }, (req) => pairs.myPairs(ctx(req)));
  r.post('/api/v1/buddy-pairs/:id/first-contact', { schema: { ...mine, body: FirstContact } }, (req) =>
    pairs.recordFirstContact(ctx(req), req.params.id, req.body.on),
  );
  r.post('/api/v1/buddy-pairs/:id/meetings', { schema: { ...mine, body: MeetingCreate } }, (req) =>
    pairs.logMeeting(ctx(req), req.params.id, req.body),
  );
  r.post('/api/v1/buddy-pairs/:id/feedback', { schema: { ...mine, body: PairFeedback } }, (req) =>
    pairs.giveFeedback(ctx(req), req.params.id, req.body),
  );
}
