import { MAX_STORY_LENGTH } from '../../shared/capture/vocabulary';
import { captureCommandFor } from '../../renderer/src/capture/capture-shortcuts';
import { blankValues, isBlank, openingWords, type CaptureValues } from '../../renderer/src/capture/capture-values';
import { toNewStory } from '../../renderer/src/capture/to-new-story';
import { validateStory } from '../../renderer/src/capture/validate-story';
import { areasFor, routeFromHash } from '../../renderer/src/shell/areas';

const TODAY = '2026-03-14';
const complete = (change: Partial<CaptureValues> = {}): CaptureValues => ({
  ...blankValues({ language: 'English', channel: 'community-event', heardOn: TODAY }),
  text: 'Words.',
  wordsKind: 'own-words',
  consent: { keep: true, share: false, quote: false, contact: false },
  ...change,
});
const fields = (values: CaptureValues) => validateStory(values, TODAY).map((p) => `${p.field}:${p.problem}`);

describe('capture rules', () => {
  it('accepts a complete story', () => {
    expect(fields(complete())).toEqual([]);
  });

  it('refuses empty, blank, too long and broken words', () => {
    expect(fields(complete({ text: '' }))).toEqual(['text:empty']);
    expect(fields(complete({ text: ' \r\n\t ' }))).toEqual(['text:empty']);
    expect(fields(complete({ text: 'x'.repeat(MAX_STORY_LENGTH + 1) }))).toEqual(['text:tooLong']);
    expect(fields(complete({ text: 'x'.repeat(MAX_STORY_LENGTH) }))).toEqual([]);
    expect(fields(complete({ text: 'broken \uD83D here' }))).toEqual(['text:broken']);
  });

  it('needs every consent question answered, and a yes to keeping it', () => {
    expect(fields(complete({ consent: { keep: null, share: null, quote: null, contact: null } }))).toEqual([
      'consent.keep:required',
      'consent.share:required',
      'consent.quote:required',
      'consent.contact:required',
    ]);
    expect(fields(complete({ consent: { keep: false, share: true, quote: true, contact: false } }))).toEqual(['consent.keep:refused']);
    expect(fields(complete({ consent: { keep: true, share: true, quote: true, contact: true } }))).toEqual(['contact:required']);
  });

  it('needs whose words, a language, a channel and a real, past date', () => {
    expect(fields(complete({ wordsKind: null, language: '  ', channel: null }))).toEqual(['wordsKind:required', 'language:required', 'channel:required']);
    expect(fields(complete({ heardOn: '' }))).toEqual(['heardOn:required']);
    expect(fields(complete({ heardOn: '2026-02-30' }))).toEqual(['heardOn:invalid']);
    expect(fields(complete({ heardOn: '2026-03-15' }))).toEqual(['heardOn:future']);
  });

  it('accepts only a postcode district (or "prefer not to say")', () => {
    const withPostcode = (postcodeDistrict: string) => complete({ equality: { ...complete().equality, postcodeDistrict } });
    expect(fields(withPostcode('nw10'))).toEqual([]);
    expect(fields(withPostcode('prefer-not-to-say'))).toEqual([]);
    expect(fields(withPostcode('Westminster'))).toEqual(['postcode:invalid']);
  });

  it('sends the words untouched: CRLF, tabs and spaces at both ends stay as they are', () => {
    const text = '\t  Line one\r\nLine two  \r\n';
    const story = toNewStory(complete({ text }), { eventId: null, draftId: 'd', status: 'submitted' });
    expect(story.text).toBe(text);
    expect(story.translation).toBeNull();
    expect(story.contact).toBeNull();
    expect(story.equality).toEqual({});
    expect(story.safeguarding).toEqual({ flagged: false, action: null, actionBy: null });
  });

  it('sends only answered equality questions, districts in capitals, and contact details only with consent', () => {
    const values = complete({
      consent: { keep: true, share: true, quote: false, contact: true },
      contact: { name: 'Rosa', phone: ' ', email: '' },
      equality: { ...complete().equality, ageBand: '65-74', religion: 'prefer-not-to-say', postcodeDistrict: 'w9 ', firstLanguage: 'Bengali (Sylheti)' },
      safeguarding: { flagged: true, action: 'Referred', actionBy: '' },
    });
    const story = toNewStory(values, { eventId: 'e', draftId: 'd', status: 'draft' });
    expect(story.contact).toEqual({ name: 'Rosa' });
    expect(story.equality).toEqual({ ageBand: '65-74', religion: 'prefer-not-to-say', postcodeDistrict: 'W9', firstLanguage: 'Bengali (Sylheti)' });
    expect(story.safeguarding).toEqual({ flagged: true, action: 'Referred', actionBy: null });
    expect(story.status).toBe('draft');
  });

  it('knows a blank form from one with anything in it', () => {
    const blank = blankValues({ language: 'English', channel: null, heardOn: TODAY });
    expect(isBlank(blank)).toBe(true);
    expect(isBlank({ ...blank, interpreter: true })).toBe(false);
    expect(isBlank({ ...blank, consent: { ...blank.consent, keep: true } })).toBe(false);
    expect(isBlank({ ...blank, text: ' ' })).toBe(false);
  });

  it('shows the opening words of a draft on one line', () => {
    expect(openingWords('  one\n\ntwo\tthree  ')).toBe('one two three ');
    expect(openingWords('word '.repeat(100), 20)).toBe('word word word word…');
  });

  it('maps the capture keys', () => {
    const key = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) =>
      captureCommandFor({ key, code: `Key${key.toUpperCase()}`, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
    expect(key('Enter', { ctrlKey: true })).toBe('save');
    expect(key('s', { ctrlKey: true })).toBe('save');
    expect(key('Enter', { metaKey: true })).toBe('save');
    expect(key('S', { ctrlKey: true, shiftKey: true })).toBe('saveDraft');
    expect(key('n', { ctrlKey: true, altKey: true })).toBe('newStory');
    expect(key('Enter')).toBeNull();
    expect(key('s')).toBeNull();
  });
});

describe('routes and roles', () => {
  it('offers volunteers no Capture or Stories, and sends them elsewhere if they ask', () => {
    expect(areasFor('volunteer')).toEqual(['review', 'action-plan', 'settings']);
    expect(areasFor('outreach')).toEqual(['capture', 'stories', 'review', 'share', 'action-plan', 'settings']);
    expect(areasFor('staff')).toEqual(['capture', 'stories', 'review', 'insight', 'share', 'bring-in', 'action-plan', 'settings']);
    expect(areasFor('admin')).toContain('insight');
    expect(routeFromHash('#/stories/abc', areasFor('volunteer'))).toEqual({ area: 'review', sub: null });
    expect(routeFromHash('#/stories/abc', areasFor('staff'))).toEqual({ area: 'stories', sub: 'abc' });
    expect(routeFromHash('', areasFor('admin'))).toEqual({ area: 'capture', sub: null });
    expect(routeFromHash('#/bring-in/survey', areasFor('outreach'))).toEqual({ area: 'capture', sub: null });
  });
});
