/**
 * What a volunteer may read: only stories whose masks a member of staff has
 * checked, and only their anonymised words, never the original.
 */
import type { Channel, ServiceType } from '../../shared/capture/vocabulary';
import { ServiceError } from '../../shared/result';
import type { Sentiment } from '../../shared/workbench/schemas';
import type { RedactedStory } from '../../shared/review/schemas';
import type { Db } from '../store/database';
import { prepared } from '../store/prepared';
import type { UserService } from '../users/user-service';
import type { TagService } from '../workbench/tag-service';

export class VolunteerView {
  constructor(
    private readonly db: () => Db,
    private readonly users: UserService,
    private readonly tags: TagService,
  ) {}

  get(storyId: string): RedactedStory {
    this.users.require('volunteer', 'staff', 'admin');
    const row = prepared(
      this.db(),
      `SELECT s.id, x.text, s.heard_on, s.channel, s.sentiment FROM stories s JOIN story_redactions x ON x.story_id = s.id WHERE s.id = ?`,
    ).get(storyId) as { id: string; text: string; heard_on: string; channel: Channel; sentiment: Sentiment | null } | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', 'There is no such story, or its anonymisation has not been checked yet.');
    const serviceTypes = prepared(
      this.db(),
      'SELECT DISTINCT sv.type FROM story_services ss JOIN services sv ON sv.id = ss.service_id WHERE ss.story_id = ? ORDER BY 1',
    )
      .pluck()
      .all(storyId) as ServiceType[];
    return {
      id: row.id,
      text: row.text,
      heardOn: row.heard_on,
      channel: row.channel,
      serviceTypes,
      // Passages point into the original words, so only whole-story tags are shown here.
      tags: this.tags
        .tagsOf(storyId)
        .filter((t) => t.passage === null)
        .map(({ passage: _passage, ...tag }) => tag),
      sentiment: row.sentiment,
    };
  }
}
