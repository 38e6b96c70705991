/**
 * The Stories filters behind each number on the dashboard: a click on a bar opens
 * exactly the stories it counts, so the dashboard and the Stories list agree.
 */
import type { StoryFilters } from '../workbench/schemas';
import { bucketsOf, rangeOfMonths } from './periods';
import type { DashboardRequest, SentimentKey } from './schemas';

export interface CountAddress {
  /** A theme (the list then matches its sub-themes too). */
  codeId?: string;
  sentiment?: SentimentKey;
  /** A bucket of the dashboard's granularity ("2026-03" or "2026 Q1"); the whole period when absent. */
  bucket?: string;
  serviceId?: string;
}

export function storyFiltersFor(request: DashboardRequest, address: CountAddress = {}): StoryFilters {
  const buckets = bucketsOf(request.period.from, request.period.to, request.granularity);
  const months = address.bucket ? (buckets.find((b) => b.bucket === address.bucket)?.months ?? []) : buckets.flatMap((b) => b.months);
  const filters: StoryFilters = months.length > 0 ? rangeOfMonths(months) : {};
  const { filter } = request;
  const serviceId = address.serviceId ?? filter.serviceId;
  if (serviceId) filters.serviceIds = [serviceId];
  if (filter.serviceType) filters.serviceTypes = [filter.serviceType];
  if (filter.eventId) filters.eventIds = [filter.eventId];
  if (filter.channel) filters.channels = [filter.channel];
  if (address.codeId) filters.codeIds = [address.codeId];
  if (address.sentiment) filters.sentiments = [address.sentiment];
  return filters;
}
