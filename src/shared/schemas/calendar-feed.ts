import { z } from 'zod';
import { Timestamp } from './common.js';

/**
 * Calendar feeds (issue 19): a private, revocable address per user (the secret is shown once, when made)
 * and a public feed of public events. Both are iCalendar text in Asia/Taipei.
 */
export const CalendarFeed = z.object({ id: z.number().int(), createdAt: Timestamp, revokedAt: Timestamp.nullable() });
export type CalendarFeed = z.infer<typeof CalendarFeed>;
export const CalendarFeedCreated = CalendarFeed.extend({ url: z.string() });
export type CalendarFeedCreated = z.infer<typeof CalendarFeedCreated>;
export const CalendarFeedList = z.object({ items: z.array(CalendarFeed) });
export const FeedTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });
export const PublicFeedQuery = z.object({ locale: z.enum(['zh-TW', 'en']).default('zh-TW') });
