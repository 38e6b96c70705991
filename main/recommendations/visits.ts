/**
 * Enter and View visits: planned for a service on a day with the authorised
 * representatives (people on this store); what is seen and heard is recorded as
 * stories with the channel enter-and-view; the visit's report and its
 * recommendations then go through the same flow as any other report.
 */
import { randomUUID } from 'node:crypto';
import type { NewStory } from '../../shared/capture/story';
import { ServiceError } from '../../shared/result';
import type { ObservationInput, Visit, VisitDetail, VisitInput } from '../../shared/recommendations/schemas';
import { appendAudit } from '../audit/audit-log';
import type { StoryService } from '../capture/story-service';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import { requireServices } from './report-service';

interface VisitRow {
  id: string;
  service_id: string;
  service_name: string;
  visit_on: string;
  purpose: string;
  observations: number;
  report_id: string | null;
}

const SELECT = `SELECT v.id, v.service_id, sv.name AS service_name, v.visit_on, v.purpose,
    (SELECT count(*) FROM visit_stories vs WHERE vs.visit_id = v.id) AS observations,
    (SELECT id FROM reports WHERE visit_id = v.id) AS report_id
  FROM visits v JOIN services sv ON sv.id = v.service_id`;

const EXCERPT = 240;

export class VisitService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly stories: StoryService,
  ) {}

  list(): Visit[] {
    this.users.require('outreach', 'staff', 'admin');
    return (prepared(this.db(), `${SELECT} ORDER BY v.visit_on DESC, sv.name`).all() as VisitRow[]).map((row) => this.toVisit(row));
  }

  get(id: string): VisitDetail {
    const user = this.users.require('outreach', 'staff', 'admin');
    const row = prepared(this.db(), `${SELECT} WHERE v.id = ?`).get(id) as VisitRow | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such Enter and View visit.');
    // Outreach workers read only what they recorded, as everywhere else.
    const mine = user.role === 'outreach' ? 'AND s.recorded_by = @user' : '';
    const observationList = prepared(
      this.db(),
      `SELECT s.id, s.heard_on, s.words_kind, substr(r.text, 1, ${EXCERPT}) AS excerpt
         FROM visit_stories vs JOIN stories s ON s.id = vs.story_id JOIN story_revisions r ON r.story_id = s.id AND r.revision = s.current_revision
        WHERE vs.visit_id = @id ${mine} ORDER BY s.seq`,
    ).all({ id, user: user.id }) as Array<{ id: string; heard_on: string; words_kind: 'own-words' | 'recorder-summary'; excerpt: string }>;
    return { ...this.toVisit(row), observationList: observationList.map((o) => ({ id: o.id, heardOn: o.heard_on, wordsKind: o.words_kind, excerpt: o.excerpt })) };
  }

  plan(input: VisitInput): VisitDetail {
    const user = this.users.require('staff', 'admin');
    const db = this.db();
    requireServices(db, [input.serviceId]);
    const people = [...new Set(input.representativeIds)];
    const active = prepared(db, 'SELECT 1 FROM users WHERE id = ? AND retired_at IS NULL AND pin_hash IS NOT NULL').pluck();
    for (const person of people) if (active.get(person) === undefined) throw new ServiceError('NOT_FOUND', 'An authorised representative chosen is not a person who can sign in on this store.');
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, 'INSERT INTO visits (id, service_id, visit_on, purpose, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        id,
        input.serviceId,
        input.visitOn,
        input.purpose,
        user.id,
        new Date().toISOString(),
      );
      const add = prepared(db, 'INSERT INTO visit_representatives (visit_id, user_id) VALUES (?, ?)');
      for (const person of people) add.run(id, person);
      appendAudit(db, this.users.actorOf(user), { action: 'visit.plan', entityType: 'visit', entityId: id, details: { ...input, representativeIds: people } });
    })();
    return this.get(id);
  }

  /** What was seen or heard on the visit, saved as a story (enter-and-view, the visit's day and service). */
  recordObservation(input: ObservationInput): VisitDetail {
    const user = this.users.require('outreach', 'staff', 'admin');
    const db = this.db();
    const visit = prepared(db, 'SELECT service_id, visit_on FROM visits WHERE id = ?').get(input.visitId) as { service_id: string; visit_on: string } | undefined;
    if (!visit) throw new ServiceError('NOT_FOUND', 'There is no such Enter and View visit.');
    const representative = prepared(db, 'SELECT 1 FROM visit_representatives WHERE visit_id = ? AND user_id = ?').get(input.visitId, user.id) !== undefined;
    if (user.role === 'outreach' && !representative) throw new ServiceError('FORBIDDEN', 'Only the visit’s authorised representatives (or staff) record what was seen on it.');
    const story: NewStory = {
      text: input.text,
      wordsKind: input.wordsKind,
      language: input.language,
      interpreter: false,
      translation: null,
      channel: 'enter-and-view',
      eventId: null,
      heardOn: visit.visit_on,
      serviceIds: [visit.service_id],
      consent: { keep: true, share: input.consent.share, quote: input.consent.quote, contact: false },
      contact: null,
      equality: {},
      safeguarding: { flagged: false, action: null, actionBy: null },
      status: 'submitted',
      draftId: null,
    };
    db.transaction(() => {
      const saved = this.stories.save(story);
      prepared(db, 'INSERT INTO visit_stories (visit_id, story_id) VALUES (?, ?)').run(input.visitId, saved.id);
      appendAudit(db, this.users.actorOf(user), { action: 'visit.observation', entityType: 'visit', entityId: input.visitId, details: { storyId: saved.id } });
    })();
    return this.get(input.visitId);
  }

  private toVisit(row: VisitRow): Visit {
    const representatives = prepared(this.db(), 'SELECT u.id, u.name FROM visit_representatives vr JOIN users u ON u.id = vr.user_id WHERE vr.visit_id = ? ORDER BY u.name').all(row.id) as {
      id: string;
      name: string;
    }[];
    return { id: row.id, service: { id: row.service_id, name: row.service_name }, visitOn: row.visit_on, purpose: row.purpose, representatives, observations: row.observations, reportId: row.report_id };
  }
}
