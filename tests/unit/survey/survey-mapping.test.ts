import { describe, expect, it } from 'vitest';
import { mapSurveyRow, saysYes, serviceFinder, type RowContext } from '../../../shared/survey/map-survey-row';
import { DEFAULT_YES_VALUES } from '../../../shared/survey/schemas';
import { readSurveyDate } from '../../../shared/survey/survey-dates';
import { readAgeBand, readEthnicity, readPostcodeDistrict, readSex } from '../../../shared/survey/survey-demographics';
import { SURVEY_OPTIONS, surveyMapping } from '../../helpers/survey-mapping';

const TODAY = '2026-06-30';

describe('readSurveyDate', () => {
  it.each([
    ['2026-03-14', '2026-03-14'],
    ['14/03/2026', '2026-03-14'],
    ['4/3/2026', '2026-03-04'],
    ['14/03/26', '2026-03-14'],
    ['14-Mar-2026', '2026-03-14'],
    ['14 March 2026', '2026-03-14'],
    ['14 Sept 2025', '2025-09-14'],
    ['14.03.2026', '2026-03-14'],
    ['2026-03-14T10:22:33Z', '2026-03-14'],
    ['2026-03-14 10:22:33', '2026-03-14'],
    ['2026-03-14T10:22:33.123+01:00', '2026-03-14'],
    ['14/03/2026 10:22', '2026-03-14'],
    ['14/03/2026 10:22:33 AM', '2026-03-14'],
    ['  14/03/2026 ', '2026-03-14'],
  ])('reads %j as %s', (cell, iso) => {
    expect(readSurveyDate(cell, TODAY)).toEqual({ ok: true, date: iso });
  });

  it('reads day first, as in the UK, so 03/04/2026 is 3 April', () => {
    expect(readSurveyDate('03/04/2026', TODAY)).toEqual({ ok: true, date: '2026-04-03' });
  });

  it.each([
    ['31/02/2026', /not a real date/],
    ['03/14/2026', /not a real date/],
    ['2026-13-01', /not a real date/],
    ['14 Smarch 2026', /not a date Verbatim can read/],
    ['last Tuesday', /not a date Verbatim can read/],
    ['', /empty/],
    ['01/07/2026', /future/],
  ])('refuses %j', (cell, message) => {
    const result = readSurveyDate(cell, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('equality answers', () => {
  it.each([
    ['42', '35-44'],
    ['17', 'under-18'],
    ['85', '85-plus'],
    ['101', '85-plus'],
    ['25-34', '25-34'],
    ['25 to 34', '25-34'],
    ['25–34', '25-34'],
    ['Under 18', 'under-18'],
    ['85+', '85-plus'],
    ['85 or over', '85-plus'],
    ['Prefer not to say', 'prefer-not-to-say'],
  ])('age %j → %s', (cell, band) => {
    expect(readAgeBand(cell)).toEqual({ ok: true, value: band });
  });

  it('leaves a blank age unanswered and refuses bands that do not fit', () => {
    expect(readAgeBand('  ')).toEqual({ ok: true, value: undefined });
    expect(readAgeBand('16-24').ok).toBe(false);
    expect(readAgeBand('old enough').ok).toBe(false);
  });

  it('reads sex answers and refuses what it cannot place', () => {
    expect(readSex('Female')).toEqual({ ok: true, value: 'female' });
    expect(readSex(' M ')).toEqual({ ok: true, value: 'male' });
    expect(readSex('')).toEqual({ ok: true, value: undefined });
    expect(readSex('Rather not say')).toEqual({ ok: true, value: 'prefer-not-to-say' });
    expect(readSex('Non-binary').ok).toBe(false);
  });

  it.each([
    ['White: English, Welsh, Scottish, Northern Irish or British', 'white-english-welsh-scottish-northern-irish-british'],
    ['White - Irish', 'white-irish'],
    ['White - Gypsy or Irish Traveller', 'white-gypsy-irish-traveller'],
    ['Asian or Asian British: Bangladeshi', 'asian-bangladeshi'],
    ['Black British - Caribbean', 'black-caribbean'],
    ['Mixed: White and Black African', 'mixed-white-black-african'],
    ['Mixed - White and Asian', 'mixed-white-asian'],
    ['Arab', 'other-arab'],
    ['Any other White background', 'white-other'],
    ['Kurdish', 'other-any'],
    ['prefer not to say', 'prefer-not-to-say'],
  ])('ethnicity %j → %s', (cell, category) => {
    expect(readEthnicity(cell)).toEqual({ ok: true, value: category });
  });

  it('keeps only the postcode district', () => {
    expect(readPostcodeDistrict('w9 3rs')).toEqual({ ok: true, value: 'W9' });
    expect(readPostcodeDistrict('NW10')).toEqual({ ok: true, value: 'NW10' });
    expect(readPostcodeDistrict('')).toEqual({ ok: true, value: undefined });
    expect(readPostcodeDistrict('Maida Vale').ok).toBe(false);
  });
});

describe('mapSurveyRow', () => {
  const register = [
    { id: '11111111-1111-4111-8111-111111111111', name: 'Elm Street Surgery', odsCode: 'E85001' },
    { id: '22222222-2222-4222-8222-222222222222', name: 'St Mary’s Hospital', odsCode: null },
  ];
  const mapping = surveyMapping({ language: 6 });
  const context = (overrides: Partial<RowContext> = {}): RowContext => ({
    mapping,
    options: SURVEY_OPTIONS,
    today: TODAY,
    findService: serviceFinder(register),
    ...overrides,
  });

  it('keeps the words exactly and reads the rest', () => {
    const words = '  The receptionist was kind.\r\nBut I waited 3 hours…  ';
    const result = mapSurveyRow([words, '14/03/2026', 'elm street surgery', 'Agree', '42', 'W9 3RS', ''], context());
    expect(result).toEqual({
      ok: true,
      story: {
        text: words,
        heardOn: '2026-03-14',
        serviceId: register[0]!.id,
        serviceName: 'Elm Street Surgery',
        language: 'English',
        consent: { share: true, quote: false },
        equality: { ageBand: '35-44', postcodeDistrict: 'W9' },
      },
    });
  });

  it('matches a service by ODS code, and a blank service cell means no service', () => {
    const byCode = mapSurveyRow(['words', '14/03/2026', 'e85001', 'no', '', '', 'Polish'], context());
    expect(byCode.ok && byCode.story.serviceName).toBe('Elm Street Surgery');
    expect(byCode.ok && byCode.story.language).toBe('Polish');
    expect(byCode.ok && byCode.story.consent.share).toBe(false);
    const none = mapSurveyRow(['words', '14/03/2026', '', '', '', '', ''], context());
    expect(none.ok && none.story.serviceId).toBeNull();
  });

  it('makes an unmatched service a problem, unless told to leave it empty', () => {
    const cells = ['words', '14/03/2026', 'Elm St Surgery', 'yes', '', '', ''];
    expect(mapSurveyRow(cells, context())).toEqual({
      ok: false,
      problems: [{ field: 'service', message: '"Elm St Surgery" matches no service name or ODS code in the register.' }],
    });
    const left = mapSurveyRow(cells, context({ options: { unmatchedService: 'leave-empty', defaultLanguage: 'English' } }));
    expect(left.ok && left.story.serviceId).toBeNull();
  });

  it('lists every problem in a row', () => {
    const result = mapSurveyRow(['   ', '31/02/2026', '', '', 'ancient', 'nowhere', ''], context());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.field)).toEqual(['text', 'date', 'age', 'postcode']);
  });

  it('counts only the chosen values as yes', () => {
    expect(saysYes(' YES ', DEFAULT_YES_VALUES)).toBe(true);
    expect(saysYes('1', DEFAULT_YES_VALUES)).toBe(true);
    expect(saysYes('Yes please', DEFAULT_YES_VALUES)).toBe(false);
    expect(saysYes('', DEFAULT_YES_VALUES)).toBe(false);
    expect(saysYes('Oui', ['oui'])).toBe(true);
    expect(saysYes('yes', undefined)).toBe(false);
  });
});
