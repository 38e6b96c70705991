/**
 * Importing survey answers from a CSV file as stories. Every row is read and
 * checked first (in batches, so the app stays responsive and a cancel can
 * arrive), then all the stories are saved in one transaction through the story
 * service's own save, so revisions, hashes, audit and search stay right. Nothing
 * is imported unless every row is valid or the person chose to skip the invalid
 * ones; the same file imported twice adds nothing the second time.
 */
import type { SurveyFile, SurveyImportRequest, SurveyImportResult, SurveyMapping, SurveyOptions, SurveyPreview, SurveyProblem, SurveyStoryPreview } from '../../shared/survey/schemas';
import { MAX_PROBLEMS_LISTED, PREVIEW_STORIES } from '../../shared/survey/schemas';
import { mapSurveyRow, serviceFinder, type MappedStory, type RegisterEntry } from '../../shared/survey/map-survey-row';
import type { NewStory } from '../../shared/capture/story';
import { ServiceError } from '../../shared/result';
import type { User } from '../../shared/users/schemas';
import { appendAudit } from '../audit/audit-log';
import type { StoryService } from '../capture/story-service';
import type { JobContext } from '../jobs/job-context';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import { localToday, type UserService } from '../users/user-service';
import { readSurveyCsv, type SurveyCsv } from './survey-file';

/** Rows checked between two checkpoints. */
const BATCH = 500;
const SAMPLE_ROWS = 5;

interface ValidRow {
  row: number;
  story: MappedStory;
}

interface CheckedFile {
  valid: ValidRow[];
  invalidRows: number;
  problems: SurveyProblem[];
  /** Draft ids of rows from this file already imported. */
  imported: Set<string>;
}

export class SurveyImportService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly stories: StoryService,
  ) {}

  async readFile(path: string): Promise<SurveyFile> {
    this.users.require('staff', 'admin');
    const csv = await readSurveyCsv(path);
    return {
      columns: csv.header,
      rowCount: csv.rows.length,
      sample: csv.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
      fileSha256: csv.sha256,
      delimiter: csv.delimiter,
      encoding: csv.encoding,
    };
  }

  async preview(request: { path: string; mapping: SurveyMapping; options: SurveyOptions }, context: JobContext): Promise<SurveyPreview> {
    this.users.require('staff', 'admin');
    const csv = await readSurveyCsv(request.path);
    const checked = await this.check(csv, request.mapping, request.options, context);
    const fresh = checked.valid.filter(({ row }) => !checked.imported.has(draftIdOf(csv.sha256, row)));
    return {
      fileSha256: csv.sha256,
      validRows: checked.valid.length,
      invalidRows: checked.invalidRows,
      problems: checked.problems.slice(0, MAX_PROBLEMS_LISTED),
      problemCount: checked.problems.length,
      alreadyImported: checked.valid.length - fresh.length,
      preview: fresh.slice(0, PREVIEW_STORIES).map(toPreview),
    };
  }

  /** Runs as a job: `user` is the person who started it, checked when it was started. */
  async import(request: SurveyImportRequest, user: User, context: JobContext): Promise<SurveyImportResult> {
    if (!request.respondentsAgreed) {
      throw new ServiceError('CONSENT_REQUIRED', 'Confirm that respondents agreed to their feedback being kept. Nothing was imported.');
    }
    context.progress(0, null, 'reading');
    const csv = await readSurveyCsv(request.path);
    if (csv.sha256 !== request.fileSha256) {
      throw new ServiceError('CSV_INVALID', 'The file has changed since it was previewed, so nothing was imported. Preview it again, then import.');
    }
    const checked = await this.check(csv, request.mapping, request.options, context);
    if (checked.invalidRows > 0 && !request.skipInvalid) {
      throw new ServiceError(
        'CSV_INVALID',
        `${checked.invalidRows} ${checked.invalidRows === 1 ? 'row has a problem' : 'rows have problems'} (the first is row ${checked.problems[0]?.row}), so nothing was imported. Fix the file, or choose to skip the invalid rows.`,
      );
    }
    if (checked.valid.length === 0) throw new ServiceError('CSV_INVALID', 'No row in the file can be imported, so nothing was imported.');
    // The last moment a cancel is honoured: the save below is one transaction, the second half of the work.
    await context.checkpoint();
    context.progress(csv.rows.length, csv.rows.length * 2, 'saving');
    const db = this.db();
    let imported = 0;
    db.transaction(() => {
      for (const { row, story } of checked.valid) {
        const draftId = draftIdOf(csv.sha256, row);
        if (checked.imported.has(draftId)) continue;
        this.stories.save(toNewStory(story, draftId), user);
        imported += 1;
      }
      appendAudit(db, this.users.actorOf(user), {
        action: 'survey.import',
        entityType: 'survey-file',
        entityId: csv.sha256,
        details: {
          fileSha256: csv.sha256,
          imported,
          skipped: checked.invalidRows,
          alreadyImported: checked.valid.length - imported,
          mapping: describeMapping(request.mapping, csv.header),
          options: request.options,
        },
      });
    })();
    return { imported, skipped: checked.invalidRows, alreadyImported: checked.valid.length - imported };
  }

  private async check(csv: SurveyCsv, mapping: SurveyMapping, options: SurveyOptions, context: JobContext): Promise<CheckedFile> {
    checkColumns(mapping, csv.header);
    const register = this.db().prepare('SELECT id, name, ods_code AS odsCode FROM services ORDER BY retired_at IS NOT NULL, name').all() as RegisterEntry[];
    const rowContext = { mapping, options, today: localToday(), findService: serviceFinder(register) };
    const parseProblems = new Map<number, string>(csv.problems.map((problem) => [problem.row, problem.message]));
    const valid: ValidRow[] = [];
    const problems: SurveyProblem[] = [];
    let invalidRows = 0;
    for (let start = 0; start < csv.rows.length; start += BATCH) {
      for (const { row, cells } of csv.rows.slice(start, start + BATCH)) {
        const parseProblem = parseProblems.get(row);
        if (parseProblem) {
          invalidRows += 1;
          problems.push({ row, column: null, message: parseProblem });
          continue;
        }
        const mapped = mapSurveyRow(cells, rowContext);
        if (mapped.ok) valid.push({ row, story: mapped.story });
        else {
          invalidRows += 1;
          for (const problem of mapped.problems) problems.push({ row, column: columnName(mapping, problem.field, csv.header), message: problem.message });
        }
      }
      // Checking is the first half of an import; saving all the rows at once is the second.
      context.progress(Math.min(start + BATCH, csv.rows.length), csv.rows.length * 2, 'checking');
      await context.checkpoint();
    }
    // A range rather than LIKE, so the draft id index finds them in a large store (';' follows ':').
    const from = draftPrefixOf(csv.sha256);
    const imported = new Set(prepared(this.db(), 'SELECT draft_id FROM stories WHERE draft_id >= ? AND draft_id < ?').pluck().all(from, `${from.slice(0, -1)};`) as string[]);
    return { valid, invalidRows, problems, imported };
  }
}

/** The same row of the same file always gets the same draft id, so a second import finds it. */
export const draftIdOf = (fileSha256: string, row: number): string => `${draftPrefixOf(fileSha256)}${row}`;
const draftPrefixOf = (fileSha256: string): string => `survey:${fileSha256.slice(0, 16)}:`;

function toNewStory(story: MappedStory, draftId: string): NewStory {
  return {
    text: story.text,
    wordsKind: 'own-words',
    language: story.language,
    interpreter: false,
    translation: null,
    channel: 'survey-import',
    eventId: null,
    heardOn: story.heardOn,
    serviceIds: story.serviceId ? [story.serviceId] : [],
    // Survey tools' contact details are never imported, so there is no agreement to contact.
    consent: { keep: true, share: story.consent.share, quote: story.consent.quote, contact: false },
    contact: null,
    equality: story.equality,
    safeguarding: { flagged: false, action: null, actionBy: null },
    status: 'submitted',
    draftId,
  };
}

const toPreview = ({ row, story }: ValidRow): SurveyStoryPreview => ({
  row,
  text: story.text,
  heardOn: story.heardOn,
  serviceName: story.serviceName,
  language: story.language,
  consent: { keep: true, share: story.consent.share, quote: story.consent.quote, contact: false },
  equality: story.equality,
});

function columnsOf(mapping: SurveyMapping): Array<[string, number]> {
  return Object.entries(mapping).flatMap(([field, value]): Array<[string, number]> => {
    if (value === null) return [];
    return [[field, typeof value === 'number' ? value : value.column]];
  });
}

function checkColumns(mapping: SurveyMapping, header: readonly string[]): void {
  for (const [, column] of columnsOf(mapping)) {
    if (column >= header.length) {
      throw new ServiceError('INVALID_INPUT', `The mapping uses column ${column + 1}, but the file has only ${header.length} columns. Choose the columns again.`);
    }
  }
}

function columnName(mapping: SurveyMapping, field: keyof SurveyMapping, header: readonly string[]): string | null {
  const value = mapping[field];
  if (value === null) return null;
  return header[typeof value === 'number' ? value : value.column] ?? null;
}

/** The mapping with column names, for the audit trail. */
function describeMapping(mapping: SurveyMapping, header: readonly string[]): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  for (const [field, column] of columnsOf(mapping)) described[field] = header[column];
  for (const field of ['consentShare', 'consentQuote'] as const) {
    const consent = mapping[field];
    if (consent) described[`${field}YesValues`] = consent.yesValues;
  }
  return described;
}
