/** Insight: the dashboard, the quotes staff choose, reach against the census, the quarterly report. */
import { z } from 'zod';
import { idSchema } from '../capture/story';
import { CHANNELS, SERVICE_TYPES } from '../capture/vocabulary';
import { absolutePathSchema } from '../files/paths';
import { MONTH, monthsBetween } from './periods';

/** A story's overall sentiment as the dashboard splits it; "unrated" until review sets one. */
export const SENTIMENT_KEYS = ['positive', 'negative', 'neutral', 'mixed', 'unrated'] as const;
export type SentimentKey = (typeof SENTIMENT_KEYS)[number];
export type SentimentCounts = Record<SentimentKey, number>;
const sentimentCountsSchema = z.object({ positive: z.number(), negative: z.number(), neutral: z.number(), mixed: z.number(), unrated: z.number() });

/** Longest period one dashboard covers. */
export const MAX_PERIOD_MONTHS = 36;

export const monthSchema = z.string().regex(MONTH, { message: 'Use a month like 2026-03' });

/** The one optional filter of each kind the dashboard offers (each is exact from the kept counts). */
export const insightFilterSchema = z
  .object({
    serviceId: idSchema.optional(),
    serviceType: z.enum(SERVICE_TYPES).optional(),
    eventId: idSchema.optional(),
    channel: z.enum(CHANNELS).optional(),
  })
  .strict();
export type InsightFilter = z.infer<typeof insightFilterSchema>;

export const periodSchema = z
  .object({ from: monthSchema, to: monthSchema })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'The period must end after it starts' })
  .refine((p) => p.from > p.to || monthsBetween(p.from, p.to).length <= MAX_PERIOD_MONTHS, { message: `A period covers at most ${MAX_PERIOD_MONTHS} months` });
export type Period = z.infer<typeof periodSchema>;

export const dashboardRequestSchema = z
  .object({ period: periodSchema, granularity: z.enum(['month', 'quarter']), filter: insightFilterSchema })
  .strict();
export type DashboardRequest = z.infer<typeof dashboardRequestSchema>;

export const themeCountSchema = z.object({ codeId: idSchema, name: z.string(), total: z.number(), sentiments: sentimentCountsSchema });
export type ThemeCount = z.infer<typeof themeCountSchema>;

export const dashboardSchema = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  granularity: z.enum(['month', 'quarter']),
  filter: insightFilterSchema,
  /** Stories heard in the period that match the filter. */
  total: z.number(),
  sentiments: sentimentCountsSchema,
  /** Every theme with stories in the period, most stories first. */
  themes: z.array(themeCountSchema),
  /** Each theme's stories per bucket (month or quarter), buckets in order. */
  trend: z.object({ buckets: z.array(z.string()), themes: z.array(z.object({ codeId: idSchema, name: z.string(), counts: z.array(z.number()) })) }),
  /** Services most talked about, most stories first (at most 10). */
  services: z.array(z.object({ serviceId: idSchema, name: z.string(), type: z.enum(SERVICE_TYPES), total: z.number() })),
  /** Stories per bucket by overall sentiment. */
  balance: z.array(z.object({ bucket: z.string(), total: z.number(), sentiments: sentimentCountsSchema })),
  /** Where the numbers came from: the counts kept by triggers, or read from the stories. */
  source: z.enum(['kept', 'read']),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const quoteSchema = z.object({
  id: z.number().int(),
  storyId: idSchema,
  codeId: idSchema,
  /** The checked, anonymised words (placeholders in place of what was masked); never the original. */
  text: z.string(),
  heardMonth: z.string(),
  chosenByName: z.string(),
  /** False once the story no longer passes the rules (consent withdrawn, words corrected): it is not shown or reported. */
  usable: z.boolean(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const quoteCandidateSchema = z.object({ storyId: idSchema, text: z.string(), heardMonth: z.string(), chosen: z.boolean() });
export type QuoteCandidate = z.infer<typeof quoteCandidateSchema>;

/** Quotes a theme may have in reports. */
export const MAX_QUOTES_PER_THEME = 5;

export const quoteCandidatesRequestSchema = z.object({ codeId: idSchema, period: periodSchema }).strict();
export const addQuoteRequestSchema = z.object({ codeId: idSchema, storyId: idSchema }).strict();

export const reportRequestSchema = z
  .object({
    period: periodSchema,
    filter: insightFilterSchema,
    /** The borough whose census tables the reach section compares with (null: no reach section). */
    areaCode: z.string().regex(/^[EW]\d{8}$/).nullable(),
    title: z.string().min(1).max(200),
  })
  .strict();
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const startReportRequestSchema = z.object({ request: reportRequestSchema, path: absolutePathSchema }).strict();

export const REPORT_PHASES = ['counting', 'reach', 'quotes', 'charts', 'printing', 'writing'] as const;

export const reportResultSchema = z.object({ path: z.string(), htmlPath: z.string(), pages: z.number().int(), bytes: z.number().int() });
export type ReportResult = z.infer<typeof reportResultSchema>;
