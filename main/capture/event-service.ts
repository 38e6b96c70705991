/** Events where stories are heard: community events, drop-ins, visits. */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Event, eventInputSchema } from '../../shared/capture/story';
import { ServiceError } from '../../shared/result';
import { appendAudit } from '../audit/audit-log';
import type { Db } from '../store/database';
import type { UserService } from '../users/user-service';
import { prepared } from '../store/prepared';

export type EventInput = z.infer<typeof eventInputSchema>;

interface EventRow {
  id: string;
  name: string;
  held_on: string;
  place: string;
  partner: string | null;
  story_count: number;
}

const toEvent = (row: EventRow): Event => ({
  id: row.id,
  name: row.name,
  heldOn: row.held_on,
  place: row.place,
  partner: row.partner,
  storyCount: row.story_count,
});

const SELECT_EVENTS = `SELECT e.*, (SELECT count(*) FROM stories s WHERE s.event_id = e.id) AS story_count FROM events e`;

export class EventService {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
  ) {}

  list(): Event[] {
    this.users.require('outreach', 'staff', 'admin');
    return (prepared(this.db(), `${SELECT_EVENTS} ORDER BY e.held_on DESC, e.name LIMIT 500`).all() as EventRow[]).map(toEvent);
  }

  get(id: string): Event {
    this.users.require('outreach', 'staff', 'admin');
    const row = prepared(this.db(), `${SELECT_EVENTS} WHERE e.id = ?`).get(id) as EventRow | undefined;
    if (!row) throw new ServiceError('UNKNOWN_EVENT', 'That event does not exist on this laptop.');
    return toEvent(row);
  }

  create(input: EventInput): Event {
    const user = this.users.require('outreach', 'staff', 'admin');
    const db = this.db();
    const id = randomUUID();
    db.transaction(() => {
      prepared(db, 'INSERT INTO events (id, name, held_on, place, partner, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        input.name,
        input.heldOn,
        input.place,
        input.partner,
        user.id,
        new Date().toISOString(),
      );
      appendAudit(db, this.users.actorOf(user), { action: 'event.create', entityType: 'event', entityId: id, details: { ...input } });
    })();
    return this.get(id);
  }
}
