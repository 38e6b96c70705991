import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { ServiceError } from '../../../shared/result';
import { newStorySchema } from '../../../shared/capture/story';
import { OUTREACH_PIN, storeWithPeople } from '../../helpers/capture';
import { story } from '../../helpers/story-fixture';
import { localToday } from '../../../main/users/user-service';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  return 'no error';
};

describe('saving a story exactly as said', () => {
  it('keeps every character: spaces, line breaks, right-to-left and mixed scripts, emoji, combining marks', async () => {
    const s = await storeWithPeople();
    const words = [
      '  Two leading spaces, a tab\there,\r\nWindows and\nUnix line breaks, trailing spaces   ',
      'نحن ننتظر منذ ثلاثة أسابيع — we have been waiting three weeks',
      'Café (composed é) vs Cafe\u0301 (e + combining accent): both kept as typed',
      'i dont no why nobody rang back!!! 😡😡 teh GP said "wait"',
      '\u200Fmark, \u00A0no-break space, ﬁ ligature, Ω (ohm sign \u2126)',
    ].join('\n');
    const saved = s.stories.save(story({ text: words }));
    const detail = s.stories.get(saved.id);
    expect(detail.text).toBe(words);
    expect(detail.text.length).toBe(words.length);
    expect(detail.sha256).toBe(createHash('sha256').update(words, 'utf8').digest('hex'));
    expect(detail.revisions).toHaveLength(1);
    expect(detail.revisions[0]).toMatchObject({ revision: 1, reason: null, revisedByName: 'Ada Admin' });
  });

  it('accepts a story of 100,000 characters and refuses a longer one, an empty one and white space alone', async () => {
    const long = 'a'.repeat(100_000);
    expect(newStorySchema.safeParse(story({ text: long })).success).toBe(true);
    const tooLong = newStorySchema.safeParse(story({ text: `${long}b` }));
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toMatch(/longer than 100,000/);
    expect(newStorySchema.safeParse(story({ text: '' })).error?.issues[0]?.message).toBe('The story is empty');
    expect(newStorySchema.safeParse(story({ text: ' \n\t ' })).error?.issues[0]?.message).toBe('The story is empty');
    // A lone surrogate would be changed by UTF-8 storage, so it is refused rather than altered.
    expect(newStorySchema.safeParse(story({ text: 'broken \uD83D here' })).success).toBe(false);
  });

  it('refuses a story without consent to keep it, and contact details without consent to contact', async () => {
    const s = await storeWithPeople();
    expect(code(() => s.stories.save(story({ consent: { keep: false, share: false, quote: false, contact: false } })))).toBe('CONSENT_REQUIRED');
    expect(code(() => s.stories.save(story({ contact: { phone: '020 7946 0000' } })))).toBe('INVALID_INPUT');
    expect(s.stories.list({ scope: 'all', limit: 10 }).items).toHaveLength(0);
  });

  it('refuses an unknown service or event id and stores nothing', async () => {
    const s = await storeWithPeople();
    expect(code(() => s.stories.save(story({ serviceIds: ['6f1c1f3e-2f7a-4c55-9d43-1b7b2d1f9a11'] })))).toBe('UNKNOWN_SERVICE');
    expect(code(() => s.stories.save(story({ eventId: '6f1c1f3e-2f7a-4c55-9d43-1b7b2d1f9a11' })))).toBe('UNKNOWN_EVENT');
    expect(s.stories.list({ scope: 'all', limit: 10 }).items).toHaveLength(0);
  });

  it('saves the same draft once, however often save is pressed', async () => {
    const s = await storeWithPeople();
    const first = s.stories.save(story({ draftId: 'draft-1' }));
    const again = s.stories.save(story({ draftId: 'draft-1' }));
    expect(again).toMatchObject({ id: first.id, alreadySaved: true });
    expect(s.stories.list({ scope: 'all', limit: 10 }).items).toHaveLength(1);
  });

  it('links services and events, and counts the stories at an event', async () => {
    const s = await storeWithPeople();
    const [gp] = s.register.list(false).filter((x) => x.type === 'gp');
    const event = s.events.create({ name: 'Church Street market stall', heldOn: '2026-11-20', place: 'Church Street', partner: null });
    s.stories.save(story({ eventId: event.id, serviceIds: [gp!.id] }));
    const second = s.stories.save(story({ eventId: event.id }));
    expect(second.eventStoryCount).toBe(2);
    const detail = s.stories.get(second.id);
    expect(detail.event).toMatchObject({ name: 'Church Street market stall' });
    expect(s.events.get(event.id).storyCount).toBe(2);
  });
});

describe('corrections and history', () => {
  it('adds a revision with its reason and keeps the original readable', async () => {
    const s = await storeWithPeople();
    const saved = s.stories.save(story({ text: 'I waited three weaks.' }));
    const revised = s.stories.revise(saved.id, 'I waited three weeks.', 'Recorder typo: weaks');
    expect(revised.text).toBe('I waited three weeks.');
    expect(revised.revisions.map((r) => r.text)).toEqual(['I waited three weaks.', 'I waited three weeks.']);
    expect(revised.revisions[1]).toMatchObject({ revision: 2, reason: 'Recorder typo: weaks' });
    expect(revised.history.map((h) => h.action)).toEqual(['story.create', 'story.revise']);
  });

  it('refuses to change a stored revision, even with direct SQL', async () => {
    const s = await storeWithPeople();
    const saved = s.stories.save(story());
    expect(() => s.store.requireDb().prepare("UPDATE story_revisions SET text = 'changed' WHERE story_id = ?").run(saved.id)).toThrow(
      /immutable/,
    );
  });

  it('keeps the translation beside the words, never in them', async () => {
    const s = await storeWithPeople();
    const saved = s.stories.save(story({ text: 'আমি তিন সপ্তাহ অপেক্ষা করেছি', language: 'Bengali', interpreter: true }));
    const detail = s.stories.setTranslation(saved.id, 'I waited three weeks');
    expect(detail.text).toBe('আমি তিন সপ্তাহ অপেক্ষা করেছি');
    expect(detail.translation).toBe('I waited three weeks');
    expect(detail.revisions).toHaveLength(1);
  });
});

describe('consent and contact details', () => {
  it('removes contact details on their own, and when consent to contact is withdrawn', async () => {
    const s = await storeWithPeople();
    const consent = { keep: true, share: false, quote: false, contact: true };
    const a = s.stories.save(story({ consent, contact: { name: 'Pat', phone: '07700 900123' } }));
    expect(s.stories.get(a.id).contact).toMatchObject({ name: 'Pat', phone: '07700 900123' });
    expect(s.stories.removeContact(a.id)).toMatchObject({ contact: null, hasContact: false });
    expect(code(() => s.stories.removeContact(a.id))).toBe('NOT_FOUND');

    const b = s.stories.save(story({ consent, contact: { email: 'pat@example.org' } }));
    const after = s.stories.updateConsent(b.id, { share: true, quote: false, contact: false });
    expect(after).toMatchObject({ hasContact: false, consent: { share: true, contact: false } });
    expect(after.history.at(-1)).toMatchObject({ action: 'consent.change', details: { contactRemoved: true } });
  });
});

describe('roles, enforced by the services', () => {
  it('shows outreach workers their own stories and the current event’s, and staff everything', async () => {
    const s = await storeWithPeople();
    const event = s.events.create({ name: 'Drop-in', heldOn: localToday(), place: 'Library', partner: 'Age UK' });
    const otherEvent = s.events.create({ name: 'Other', heldOn: localToday(), place: 'Hall', partner: null });
    const atEvent = s.stories.save(story({ eventId: event.id }));
    const elsewhere = s.stories.save(story({ eventId: otherEvent.id }));

    await s.users.signIn(s.outreachId, OUTREACH_PIN);
    const mine = s.stories.save(story());
    expect(s.stories.list({ scope: 'all', limit: 50 }).items.map((x) => x.id)).toEqual([mine.id]);
    s.users.setCurrentEvent(event.id);
    expect(new Set(s.stories.list({ scope: 'all', limit: 50 }).items.map((x) => x.id))).toEqual(new Set([mine.id, atEvent.id]));
    expect(code(() => s.stories.get(elsewhere.id))).toBe('NOT_FOUND');
    expect(code(() => s.stories.delete(mine.id, 'test'))).toBe('FORBIDDEN');

    await s.users.signIn(s.staffId, '8642');
    expect(s.stories.list({ scope: 'all', limit: 50 }).items).toHaveLength(3);
  });

  it('lets outreach workers change only their own stories, join only today’s events, and not date stories ahead', async () => {
    const s = await storeWithPeople();
    const today = localToday();
    const event = s.events.create({ name: 'Today', heldOn: today, place: 'Library', partner: null });
    const old = s.events.create({ name: 'Last year', heldOn: '2025-06-01', place: 'Hall', partner: null });
    const staffStory = s.stories.save(story({ eventId: event.id }));
    await s.users.signIn(s.outreachId, OUTREACH_PIN);
    expect(() => s.users.setCurrentEvent(old.id)).toThrow(/event held today/);
    expect(() => s.users.setCurrentEvent('6f1c1f3e-2f7a-4c55-9d43-1b7b2d1f9a11')).toThrow(/does not exist/);
    s.users.setCurrentEvent(event.id);
    expect(s.stories.get(staffStory.id).id).toBe(staffStory.id);
    expect(code(() => s.stories.updateConsent(staffStory.id, { share: false, quote: false, contact: false }))).toBe('FORBIDDEN');
    expect(code(() => s.stories.setTranslation(staffStory.id, 'x'))).toBe('FORBIDDEN');
    expect(code(() => s.stories.save(story({ eventId: old.id })))).toBe('FORBIDDEN');
    expect(code(() => s.stories.save(story({ heardOn: '2099-01-01' })))).toBe('INVALID_INPUT');
    const mine = s.stories.save(story({ eventId: event.id, draftId: 'd-1' }));
    expect(s.stories.setTranslation(mine.id, 'In English').translation).toBe('In English');
    await s.users.signIn(s.staffId, '8642');
    expect(code(() => s.stories.save(story({ draftId: 'd-1' })))).toBe('INVALID_INPUT');
    expect(code(() => s.captureSettings.draftKey())).toBe('no error');
    await s.users.signIn(s.volunteerId, '9753');
    expect(code(() => s.captureSettings.draftKey())).toBe('FORBIDDEN');
  });

  it('keeps volunteers away from unredacted stories', async () => {
    const s = await storeWithPeople();
    const saved = s.stories.save(story());
    await s.users.signIn(s.volunteerId, '9753');
    expect(code(() => s.stories.get(saved.id))).toBe('NOT_FOUND');
    expect(code(() => s.stories.list({ scope: 'all', limit: 50 }))).toBe('FORBIDDEN');
    expect(code(() => s.stories.save(story()))).toBe('FORBIDDEN');
  });

  it('refuses a wrong PIN and slows down guessing', async () => {
    const s = await storeWithPeople();
    s.users.signOut();
    for (let i = 0; i < 5; i++) await expect(s.users.signIn(s.outreachId, '0000')).rejects.toMatchObject({ code: 'WRONG_PIN' });
    await expect(s.users.signIn(s.outreachId, OUTREACH_PIN)).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(s.users.session().user).toBeNull();
    expect(code(() => s.stories.list({ scope: 'all', limit: 10 }))).toBe('NOT_SIGNED_IN');
  });

  it('signs everyone out when the store locks', async () => {
    const s = await storeWithPeople();
    s.store.lock();
    await s.store.unlock('correct horse battery staple');
    expect(s.users.session().user).toBeNull();
  });

  it('needs an administrator to add people or change roles, and keeps at least one', async () => {
    const s = await storeWithPeople();
    await s.users.signIn(s.staffId, '8642');
    await expect(s.users.create('Eve', 'admin', '1111')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await s.users.signIn(s.adminId, '2468');
    expect(code(() => s.users.changeRole(s.adminId, 'staff'))).toBe('FORBIDDEN');
    expect(s.users.changeRole(s.staffId, 'admin').role).toBe('admin');
  });
});

