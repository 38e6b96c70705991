import { describe, expect, it } from 'vitest';
import { dateToMonth, districtToArea, ethnicityToBroadGroup, monthToQuarter, periodToYear, postcodeToDistrict } from '../../../shared/anonymise/index';

describe('generalising structured fields', () => {
  it('turns dates into month and year', () => {
    expect(dateToMonth('2024-03-17')).toBe('2024-03');
    expect(dateToMonth(new Date(Date.UTC(2023, 11, 31)))).toBe('2023-12');
    expect(dateToMonth('not a date')).toBeNull();
    expect(monthToQuarter('2024-03')).toBe('2024-Q1');
    expect(monthToQuarter('2024-10')).toBe('2024-Q4');
    expect(periodToYear('2024-Q4')).toBe('2024');
  });

  it('turns postcodes into districts and districts into areas', () => {
    expect(postcodeToDistrict('NW10 9NP')).toBe('NW10');
    expect(postcodeToDistrict('w9')).toBe('W9');
    expect(postcodeToDistrict('nowhere')).toBeNull();
    expect(districtToArea('NW10')).toBe('NW');
    expect(districtToArea('W9')).toBe('W');
  });

  it('groups ethnicity into the five broad Census groups', () => {
    expect(ethnicityToBroadGroup('Asian or Asian British: Bangladeshi')).toBe('Asian');
    expect(ethnicityToBroadGroup('Black, Black British, Caribbean or African: Somali')).toBe('Black');
    expect(ethnicityToBroadGroup('Mixed: White and Black Caribbean')).toBe('Mixed');
    expect(ethnicityToBroadGroup('White: Irish')).toBe('White');
    expect(ethnicityToBroadGroup('Other ethnic group: Arab')).toBe('Other');
    expect(ethnicityToBroadGroup('Prefer not to say')).toBe('Not stated');
  });
});
