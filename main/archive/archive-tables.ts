/**
 * What each table and field of the store means, for the archive's schema.md and
 * JSON Schemas. The columns themselves are read from the database, so a column
 * added later without a description here is caught by a test, never dropped.
 */
import { INTEREST_TABLE_DOCS } from './interest-tables';
import { RECOMMENDATION_TABLE_DOCS } from './recommendation-tables';

export interface ColumnDoc {
  meaning: string;
  /** Allowed values, when the column holds one of a fixed set. */
  values?: readonly string[];
}

export interface TableDoc {
  meaning: string;
  columns: Record<string, ColumnDoc | string>;
}

const SENTIMENTS = ['positive', 'negative', 'neutral', 'mixed'] as const;
const ISO_TIME = 'as an ISO 8601 UTC timestamp';
const USER = (what: string) => `${what}: the id of a row in users`;
const STORY = 'the story: stories.id';

/** Tables left out, and why (schema.md lists these too). */
export const EXCLUDED_TABLES: Record<string, string> = {
  sqlite_sequence: 'SQLite bookkeeping.',
  story_fts: 'The full-text search index; it is rebuilt from the stories.',
  story_redacted_fts: 'The search index over anonymised words; rebuilt from story_redactions.',
  story_recent_fts: 'The search index over the newest 100,000 stories, which searches rank from; rebuilt from the stories.',
  story_recent_redacted_fts: 'The same over their anonymised words; rebuilt from story_redactions.',
  story_recent_floor: 'Where the recent search indexes begin (a story number); derived from the stories.',
  search_terms: 'Every word the search indexes hold, once, for finding the forms of a searched word; derived from the stories.',
  search_term_forms: 'The search index over those words by their stem; rebuilt from search_terms.',
  search_term_scratch: 'An always-empty index that splits new words as the search indexes do.',
  search_term_scratch_words: 'The words of that index (an fts5vocab view over it).',
  story_facet_counts: 'Counts per filter value for the Stories screen, kept by triggers; derived from the stories.',
  insight_counts: 'Stories per month, channel, event, theme and sentiment for the Insight dashboard, kept by triggers; derived from the stories.',
  insight_service_counts: 'The same per service named; derived from the stories.',
  insight_service_type_counts: 'The same per type of service named; derived from the stories.',
  bulk_insert: 'Whether a bulk import is writing new stories (always off outside its own transaction).',
};
export const isExcludedTable = (name: string): boolean =>
  name in EXCLUDED_TABLES || /^story_(recent_)?(redacted_)?fts_/.test(name) || /^search_term_(forms|scratch)_(data|idx|config)$/.test(name);

/** Settings that are secrets: never archived. */
export const SECRET_SETTINGS = ['draft_key', 'signing_key', 'sync_password', 'sync_enrolment'] as const;
/** Columns that are secrets: never archived. */
export const SECRET_COLUMNS: Record<string, readonly string[]> = { users: ['pin_hash'] };

export const TABLE_DOCS: Record<string, TableDoc> = {
  settings: {
    meaning: `Organisation settings as key and value. Secrets (${SECRET_SETTINGS.join(', ')}) are left out.`,
    columns: { key: 'the setting name', value: 'its value; some are JSON text (capture_prompts, anonymiser lists)' },
  },
  users: {
    meaning: 'People who use Verbatim on this store, and their roles. PIN hashes are never archived.',
    columns: {
      id: 'the person id (UUID)',
      name: 'their name as entered',
      role: { meaning: 'what they may do', values: ['outreach', 'staff', 'volunteer', 'admin'] },
      created_at: `when they were added, ${ISO_TIME}`,
      retired_at: `when they were retired (may no longer sign in), ${ISO_TIME}; empty while active`,
    },
  },
  services: {
    meaning: 'The register of health and care services stories are about.',
    columns: {
      id: 'the service id (UUID)',
      name: 'the service name',
      type: 'the kind of service (gp, dentist, a-and-e, care-home, ...)',
      ods_code: 'NHS Organisation Data Service code, if known',
      cqc_location_id: 'Care Quality Commission location id, if known',
      created_at: `when it was added, ${ISO_TIME}`,
      retired_at: `when it was retired, ${ISO_TIME}`,
    },
  },
  events: {
    meaning: 'Outreach events where stories were heard.',
    columns: {
      id: 'the event id (UUID)',
      name: 'the event name',
      held_on: 'the day it was held, YYYY-MM-DD',
      place: 'where it was held',
      partner: 'a partner organisation, if any',
      created_by: USER('who recorded the event'),
      created_at: `when it was recorded, ${ISO_TIME}`,
    },
  },
  stories: {
    meaning: 'One row per story: where, when and how it was heard, consent, safeguarding and review status. The words are in story_revisions.',
    columns: {
      seq: "the story's row number on this laptop (not its identity)",
      id: 'the story id (UUID), its identity everywhere',
      draft_id: 'the id of the draft it was saved from, if any',
      words_kind: { meaning: "whether the text is the person's own words or the recorder's summary", values: ['own-words', 'recorder-summary'] },
      language: 'the language the person spoke',
      interpreter: { meaning: 'whether an interpreter was used (1) or not (0)', values: ['0', '1'] },
      translation: 'an English translation kept beside the words, if any',
      channel: {
        meaning: 'how the story was heard',
        values: ['community-event', 'drop-in', 'phone', 'email-or-letter', 'online-form', 'enter-and-view', 'survey-import'],
      },
      event_id: 'the event: events.id, if heard at one',
      heard_on: 'the day the story was heard, YYYY-MM-DD',
      recorded_by: USER('who recorded it'),
      device_id: 'the laptop it was recorded on (settings device_id of that laptop)',
      consent_keep: { meaning: 'consent to keep the story (always 1)', values: ['1'] },
      consent_share: { meaning: 'consent to share it anonymised', values: ['0', '1'] },
      consent_quote: { meaning: 'consent to quote the words', values: ['0', '1'] },
      consent_contact: { meaning: 'consent to be contacted again', values: ['0', '1'] },
      safeguarding: { meaning: 'flagged as a safeguarding concern', values: ['0', '1'] },
      safeguarding_action: 'what was done about the concern',
      safeguarding_by: 'who acted on the concern',
      status: { meaning: 'review status', values: ['draft', 'submitted', 'in-review', 'approved', 'returned', 'archived'] },
      current_revision: 'the revision number (story_revisions.revision) of the current words',
      created_at: `when it was saved, ${ISO_TIME}`,
      updated_at: `when it last changed, ${ISO_TIME}`,
      sentiment: { meaning: 'overall sentiment given by staff', values: SENTIMENTS },
      return_reason: 'why review returned it, if it was',
    },
  },
  story_revisions: {
    meaning: 'The words, byte for byte. Revision 1 is as first recorded; each correction adds a revision. Never changed once written.',
    columns: {
      story_id: STORY,
      revision: 'the revision number, from 1',
      text: 'the words exactly as recorded: never trimmed or normalised',
      sha256: 'SHA-256 of the UTF-8 bytes of text, as hex',
      reason: 'why the words were corrected (empty for revision 1)',
      revised_by: USER('who recorded or corrected them'),
      revised_at: `when, ${ISO_TIME}`,
    },
  },
  story_services: { meaning: 'Which services each story is about.', columns: { story_id: STORY, service_id: 'the service: services.id' } },
  story_contacts: {
    meaning: 'Contact details, kept apart from the story so they can be removed on their own. Personal data.',
    columns: { story_id: STORY, name: 'name to contact', phone: 'phone number', email: 'email address', created_at: `when recorded, ${ISO_TIME}` },
  },
  story_equality: {
    meaning: 'Optional equality monitoring answers. Personal data.',
    columns: { story_id: STORY, answers: 'the answers as JSON text: question key to answer code (including prefer-not-to-say)' },
  },
  audit_log: {
    meaning:
      'The append-only audit trail. Each hash is SHA-256 (hex) of the UTF-8 JSON array [seq, at, actor_id, actor_name, action, entity_type, entity_id, details, prev_hash], so the chain can be checked from these rows alone; the first prev_hash is 64 zeros.',
    columns: {
      seq: 'the entry number, from 1, without gaps',
      at: `when, ${ISO_TIME}`,
      actor_id: USER('who did it (empty for the system)'),
      actor_name: 'their name at the time',
      action: 'what was done, such as story.create or masks.check',
      entity_type: 'the kind of thing it was done to',
      entity_id: 'the id of that thing',
      details: 'further details as JSON text',
      prev_hash: "the previous entry's hash",
      hash: "this entry's hash (see above)",
    },
  },
  story_masks: {
    meaning: 'The anonymisation masks a person accepted for one revision of a story: spans of the words to hide.',
    columns: {
      story_id: STORY,
      revision: 'the revision the spans point into',
      start: 'start of the span, in UTF-16 code units from the start of the text',
      end: 'end of the span (exclusive), in UTF-16 code units',
      type: 'what the span is (a person, a place, a phone number, ...)',
      origin: { meaning: 'found by the anonymiser or added by a person', values: ['detected', 'added'] },
      confidence: { meaning: "the anonymiser's confidence", values: ['high', 'low'] },
      rule: 'the rule that found it',
    },
  },
  story_mask_checks: {
    meaning: 'Who checked the masks of a story, for which revision.',
    columns: {
      story_id: STORY,
      revision: 'the revision checked',
      text_sha256: 'SHA-256 of the words checked',
      masks_sha256: 'SHA-256 of the masks checked',
      checked_by: USER('who checked'),
      checked_at: `when, ${ISO_TIME}`,
    },
  },
  story_redactions: {
    meaning: 'The anonymised words (checked masks applied) that volunteers may read.',
    columns: { story_id: STORY, revision: 'the revision they were made from', text: 'the anonymised words' },
  },
  codes: {
    meaning: 'The codebook: themes and their sub-themes.',
    columns: {
      id: 'the code id',
      key: 'a stable key for codes from the default codebook',
      parent_id: 'the theme a sub-theme belongs to: codes.id; empty for a theme',
      name: 'the name',
      description: 'a description',
      position: 'order among its siblings',
      retired_at: `when it was retired, ${ISO_TIME}`,
      merged_into: 'the code it was merged into: codes.id',
      created_at: `when it was added, ${ISO_TIME}`,
    },
  },
  code_history: {
    meaning: 'Every change to the codebook.',
    columns: {
      seq: 'the change number',
      code_id: 'the code: codes.id',
      action: { meaning: 'what changed', values: ['create', 'rename', 'move', 'merge', 'retire', 'restore'] },
      details: 'details as JSON text',
      by_id: USER('who changed it'),
      at: `when, ${ISO_TIME}`,
    },
  },
  story_tags: {
    meaning: 'Themes on a story, whole or on a passage, with sentiment.',
    columns: {
      id: 'the tag id',
      story_id: STORY,
      code_id: 'the theme: codes.id',
      sentiment: { meaning: 'sentiment of this theme in the story', values: SENTIMENTS },
      start: 'start of the passage (UTF-16 code units); empty for the whole story',
      end: 'end of the passage (exclusive); empty for the whole story',
      revision: 'the revision the passage points into; empty for the whole story',
      tagged_by: USER('who tagged it'),
      tagged_at: `when, ${ISO_TIME}`,
    },
  },
  tag_suggestions: {
    meaning: 'Themes volunteers suggested, and what staff decided.',
    columns: {
      id: 'the suggestion id',
      story_id: STORY,
      code_id: 'the theme: codes.id',
      sentiment: { meaning: 'suggested sentiment', values: SENTIMENTS },
      suggested_by: USER('who suggested it'),
      suggested_at: `when, ${ISO_TIME}`,
      status: { meaning: 'the decision', values: ['pending', 'accepted', 'rejected'] },
      decided_by: USER('who decided'),
      decided_at: `when, ${ISO_TIME}`,
    },
  },
  agreement_samples: {
    meaning: 'Double-coding samples: two reviewers code the same stories to measure agreement.',
    columns: {
      id: 'the sample id',
      name: 'its name',
      reviewer_a: USER('the first reviewer'),
      reviewer_b: USER('the second reviewer'),
      created_by: USER('who made it'),
      created_at: `when, ${ISO_TIME}`,
    },
  },
  agreement_sample_stories: { meaning: 'The stories in each sample.', columns: { sample_id: 'agreement_samples.id', story_id: STORY } },
  agreement_codings: {
    meaning: "Each reviewer's own coding of a sample story.",
    columns: {
      sample_id: 'agreement_samples.id',
      story_id: STORY,
      reviewer_id: USER('the reviewer'),
      code_ids: 'the codes they chose, as a JSON array of codes.id',
      coded_at: `when, ${ISO_TIME}`,
    },
  },
  saved_searches: {
    meaning: 'Searches people saved.',
    columns: {
      id: 'the id',
      name: 'its name',
      owner_id: USER('whose it is'),
      query: 'the search words',
      filters: 'the filters as JSON text',
      created_at: `when, ${ISO_TIME}`,
    },
  },
  election_periods: {
    meaning: 'Pre-election periods, during which exports need extra checks.',
    columns: {
      id: 'the id',
      name: 'the election',
      notice_date: 'the notice of election, YYYY-MM-DD',
      polling_day: 'polling day, YYYY-MM-DD',
      candidates: 'candidate and party names to look for, as a JSON array',
      created_by: USER('who recorded it'),
      created_at: `when, ${ISO_TIME}`,
      removed_by: USER('who removed it'),
      removed_at: `when it was removed, ${ISO_TIME}`,
    },
  },
  story_conflicts: {
    meaning: 'Stories changed both here and on a field laptop, flagged for a person to resolve.',
    columns: {
      id: 'the conflict id',
      story_id: STORY,
      source_device: 'the field laptop',
      kind: { meaning: 'what differs', values: ['words', 'fields'] },
      office_revision: 'for words: the office revision the field words differ from',
      field_revision: "for words: the field's words as numbered here",
      field_values: "for fields: the field laptop's values as JSON text",
      differing: 'which fields differ, as JSON text',
      import_sha256: 'SHA-256 of the transfer file it came from',
      imported_at: `when, ${ISO_TIME}`,
      resolved_at: `when it was resolved, ${ISO_TIME}`,
      resolved_by: USER('who resolved it'),
      resolution: { meaning: 'which side was kept', values: ['office', 'field'] },
    },
  },
  story_revision_origins: {
    meaning: 'Where a revision merged from a field laptop came from.',
    columns: {
      story_id: STORY,
      source_device: 'the field laptop',
      source_revision: 'its revision number there',
      sha256: 'SHA-256 of the words',
      revision: 'its revision number here',
    },
  },
  story_transfer_bases: {
    meaning: "What each story's fields last looked like on a field laptop, to tell who changed what.",
    columns: { story_id: STORY, source_device: 'the field laptop', fields_sha256: 'SHA-256 of the fields' },
  },
  sync_cursors: {
    meaning: 'Sync: the last batch merged here from each other laptop.',
    columns: { device_id: 'the other laptop', last_seq: 'the number of its last batch merged here', applied_at: `when, ${ISO_TIME}` },
  },
  sync_applied_batches: {
    meaning: 'Sync: each batch merged here (its merge is audited as transfer.import with the same SHA-256).',
    columns: { sha256: 'SHA-256 of the encrypted batch', device_id: 'the laptop that sent it', seq: 'its number', applied_at: `when, ${ISO_TIME}` },
  },
  sync_field_laptops: {
    meaning: 'Sync: field laptops an administrator enrolled from this laptop.',
    columns: { number: 'the field laptop number (names its audience)', label: 'what the administrator called it', issued_by: 'who (user id)', issued_at: `when, ${ISO_TIME}` },
  },
  imported_audit: {
    meaning: "Field laptops' own audit entries, kept apart from this store's chain.",
    columns: {
      source_device: 'the field laptop',
      source_seq: 'the entry number there',
      source_hash: 'the entry hash there',
      entry: 'the whole entry as JSON text',
      import_sha256: 'SHA-256 of the transfer file',
      imported_at: `when, ${ISO_TIME}`,
    },
  },
  issued_packs: {
    meaning: 'Volunteer review packs this store issued.',
    columns: {
      id: 'the pack id',
      volunteer_id: USER('the volunteer it is for'),
      volunteer_name: 'their name at the time',
      manifest_sha256: "SHA-256 of the pack's manifest.json",
      issued_by: USER('who issued it'),
      issued_at: `when, ${ISO_TIME}`,
    },
  },
  issued_pack_stories: {
    meaning: 'Which story each pack reference stands for.',
    columns: {
      pack_id: 'issued_packs.id',
      ref: 'the reference used in the pack (S001, ...)',
      story_id: STORY,
      revision: 'the revision whose anonymised words went out',
      result_sentiment: { meaning: "the volunteer's overall sentiment, once results are back", values: SENTIMENTS },
      result_note: "the volunteer's note, once results are back",
    },
  },
  imported_pack_suggestions: {
    meaning: 'Suggestions brought back from volunteer results, so a second import adds nothing.',
    columns: { pack_id: 'issued_packs.id', ref: 'the pack reference', code_id: 'codes.id', suggestion_id: 'tag_suggestions.id' },
  },
  received_packs: {
    meaning: 'On a volunteer laptop: packs imported from an office.',
    columns: {
      id: 'the pack id',
      organisation: 'the organisation that issued it',
      key_fingerprint: "SHA-256 fingerprint of the organisation's signing key",
      volunteer_name: 'the volunteer it is for',
      issued_at: `when it was issued, ${ISO_TIME}`,
      issued_by_name: 'who issued it',
      manifest_sha256: "SHA-256 of the pack's manifest.json",
      imported_by: USER('who imported it'),
      imported_at: `when, ${ISO_TIME}`,
    },
  },
  received_pack_stories: {
    meaning: 'On a volunteer laptop: the anonymised stories of a pack, and the overall sentiment and note the volunteer gave.',
    columns: {
      pack_id: 'received_packs.id',
      ref: 'the pack reference',
      position: 'order in the pack',
      text: 'the anonymised words',
      language: 'the language spoken',
      heard_month: 'the month heard, YYYY-MM',
      sentiment: { meaning: 'overall sentiment suggested', values: SENTIMENTS },
      note: "the volunteer's note",
    },
  },
  received_pack_codes: {
    meaning: "On a volunteer laptop: the pack's codebook.",
    columns: {
      pack_id: 'received_packs.id',
      code_id: "the office's code id",
      parent_id: 'its theme, if a sub-theme',
      name: 'the name',
      retired: { meaning: 'retired in the office', values: ['0', '1'] },
      position: 'order among siblings',
    },
  },
  received_pack_suggestions: {
    meaning: 'On a volunteer laptop: themes suggested for pack stories.',
    columns: {
      pack_id: 'received_packs.id',
      ref: 'the pack reference',
      code_id: 'received_pack_codes.code_id',
      sentiment: { meaning: 'suggested sentiment', values: SENTIMENTS },
      suggested_by: USER('the volunteer'),
      suggested_at: `when, ${ISO_TIME}`,
    },
  },
  ...RECOMMENDATION_TABLE_DOCS,
  ...INTEREST_TABLE_DOCS,
  insight_quotes: {
    meaning: 'Quotes chosen by staff for a theme, for the Insight dashboard and the quarterly report (the anonymised words are made when shown, from the checked masks).',
    columns: {
      id: 'the quote number',
      story_id: STORY,
      code_id: 'the theme: codes.id',
      chosen_by: USER('who chose it'),
      chosen_at: `when, ${ISO_TIME}`,
    },
  },
  census_imports: {
    meaning: 'Census 2021 tables an administrator brought in for an area (ONS figures, Open Government Licence v3.0).',
    columns: {
      area_code: 'the ONS area code (E/W and 8 digits)',
      table_code: 'the census table (TS007A, TS008, TS021, TS038, TS029)',
      area_name: 'the area name, as in the file',
      body: 'the figures as JSON: total, and the count of each category',
      source: 'where they came from as JSON: publisher, dataset, licence, and who imported which file when',
      imported_by: USER('the administrator'),
      imported_at: `when, ${ISO_TIME}`,
    },
  },
};
