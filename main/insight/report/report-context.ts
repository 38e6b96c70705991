/**
 * What every section of the quarterly report is built from. A section is a function
 * from this context to its HTML (or null to leave it out), so a capability can add
 * its own section, reading its own tables through `db`, without touching the others.
 */
import type { Reach } from '../../../shared/insight/reach-schemas';
import type { Dashboard, Quote, ReportRequest } from '../../../shared/insight/schemas';
import type { User } from '../../../shared/users/schemas';
import type { Db } from '../../store/database';

export interface ReportCharts {
  themes: string;
  trend: string;
  services: string;
  balance: string;
  /** Per topic with a census table. */
  reach: Readonly<Record<string, string>>;
}

export interface ReportContext {
  request: ReportRequest;
  organisation: string;
  /** When the report was made, YYYY-MM-DD, and as the cover says it ("6 December 2026"). */
  today: string;
  madeOn: string;
  /** The exact counts: sections show them only through `disclosed`. */
  dashboard: Dashboard;
  /** Null when no area was chosen. */
  reach: Reach | null;
  /** Usable quotes by theme, anonymised with one placeholder book for the whole report. */
  quotes: ReadonlyMap<string, readonly Quote[]>;
  charts: ReportCharts;
  /** The store, for sections that read tables of their own (read only). */
  db: Db;
  viewer: User;
}

export interface ReportSection {
  /** The element id, for the table of contents. */
  id: string;
  title: string;
  html: string;
}

export type SectionBuilder = (context: ReportContext) => ReportSection | null;
