import { validateZodSchema, z } from '@strapi/utils';
import { MAX_BACKOFF_MINUTES } from '../../feeds/backoff';
import { isWebUrl } from '../../feeds/fetch-feed';

const json = <Body extends z.ZodType>(body: Body) => ({ 'application/json': body });

const url = z
  .string()
  .trim()
  .min(1, 'url is a required field')
  .max(2048, 'url must be at most 2048 characters')
  .refine(isWebUrl, { message: 'url must be an http or https URL' })
  .describe('The RSS 2.0 or Atom feed');

const interval = z
  .number()
  .int('interval must be a whole number of minutes')
  .min(5, 'interval must be at least 5 minutes')
  .max(MAX_BACKOFF_MINUTES, `interval must be at most ${MAX_BACKOFF_MINUTES} minutes`)
  .describe('Minutes between runs (failures back off: interval × 2^failures, at most a day)');

const fields = {
  url,
  interval: interval.optional(),
  enabled: z.boolean().optional().describe('Run on the schedule (a run now works either way)'),
  publish: z.boolean().optional().describe('Publish the imported articles (default: drafts)'),
};

const bodyObject = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, { error: (issue) => (issue.code === 'invalid_type' ? 'Request body must be a JSON object' : undefined) });

export const createFeedSchema = bodyObject(fields);
export const updateFeedSchema = bodyObject({ ...fields, url: url.optional() });
const params = { documentId: z.string().min(1).max(64) };

const status = z.enum(['ok', 'not-modified', 'failed']);

export const feedRun = z.object({
  startedAt: z.string(),
  durationMs: z.number(),
  status,
  httpStatus: z.number().nullable(),
  items: z.number().describe('Items in the feed as fetched'),
  imported: z.number().describe('New or changed items handed to the importer'),
  created: z.number().describe('Articles created'),
  updated: z.number().describe('Articles updated'),
  failed: z.number().describe('Items the importer could not read or write; retried next run'),
  error: z.string().nullable(),
  importRunId: z.string().nullable().describe('The import run (history) of the imported items'),
});

export const feedSubscription = z.object({
  id: z.number(),
  documentId: z.string(),
  url: z.string(),
  interval: z.number(),
  enabled: z.boolean(),
  publish: z.boolean(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  lastRunAt: z.string().nullable(),
  nextRunAt: z.string().nullable().describe('When the schedule runs it next (backed off after failures)'),
  lastStatus: status.nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number(),
  runs: z.array(feedRun).describe('The latest runs, newest first (at most 20)'),
  seenItems: z.number().describe('Items already imported at their current content'),
  delayMinutes: z.number().describe('Minutes between runs now: the interval, doubled per consecutive failure, at most a day'),
});

/** Request and response schemas of the admin's feed routes; the controller validates with the request ones. */
export const feedRouteSchemas = {
  list: { request: {}, response: z.object({ data: z.array(feedSubscription) }) },
  create: { request: { body: json(createFeedSchema) }, response: z.object({ data: feedSubscription }) },
  update: { request: { params, body: json(updateFeedSchema) }, response: z.object({ data: feedSubscription }) },
  remove: { request: { params }, response: z.object({ data: z.object({ documentId: z.string() }) }) },
  run: { request: { params }, response: z.object({ data: z.object({ subscription: feedSubscription, run: feedRun }) }) },
  runs: { request: { params }, response: z.object({ data: z.array(feedRun) }) },
};

export type CreateFeedBody = z.infer<typeof createFeedSchema>;
export type UpdateFeedBody = z.infer<typeof updateFeedSchema>;

/** Each answers like Strapi's own APIs: a 400 ValidationError naming the field. */
export const validateCreateFeed = (body: unknown): CreateFeedBody => validateZodSchema(createFeedSchema)(body);
export const validateUpdateFeed = (body: unknown): UpdateFeedBody => validateZodSchema(updateFeedSchema)(body);
export const validateFeedParams = (value: unknown): { documentId: string } => validateZodSchema(z.object(params))(value);
