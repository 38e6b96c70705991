import { describe, expect, it } from 'vitest';
import { isFullyMasked, masksOf } from './helpers';

// Sentences written for these tests: names given in their own script beside a
// transliteration, or standing alone in English text, and words of other scripts that
// are not names.

describe('names in their own scripts', () => {
  it('masks a name in brackets after its transliteration (Arabic, Bengali, Ge\'ez, Cyrillic, Chinese)', () => {
    expect(masksOf('PERSON', 'Mr Karim Nasser (كريم ناصر) came about his knee.')).toEqual(['Karim Nasser', 'كريم ناصر']);
    expect(masksOf('PERSON', 'Her name is Nasrin Akter (নাসরিন আক্তার) and she is 30.')).toEqual(['Nasrin Akter', 'নাসরিন আক্তার']);
    expect(masksOf('PERSON', 'Via interpreter. Ms Saba Woldu (ሳባ ወልዱ) says the bus is late.')).toEqual(['Saba Woldu', 'ሳባ ወልዱ']);
    expect(masksOf('PERSON', 'My uncle Taras Bondar (Тарас Бондар) lives alone.')).toEqual(['Taras Bondar', 'Тарас Бондар']);
    expect(masksOf('PERSON', 'Mrs Chen Xiuying (陈秀英) waited all day.')).toEqual(['Chen Xiuying', '陈秀英']);
  });

  it('masks the transliteration in brackets after a name in its own script', () => {
    expect(masksOf('PERSON', '"I, Ирина Ковальчук (Iryna Kovalchuk), want to complain."')).toEqual(['Ирина Ковальчук', 'Iryna Kovalchuk']);
  });

  it('masks a short run of another script standing alone, and Cyrillic names from the lists', () => {
    expect(isFullyMasked('Signed by the patient: محمد عثمان', 'محمد عثمان')).toBe(true);
    expect(isFullyMasked('The card was signed Наталья Орлова and nothing else.', 'Наталья Орлова')).toBe(true);
  });

  it('masks a Chinese name after a naming word inside Chinese text, and again where it recurs', () => {
    const text = '我叫李秀兰，我等了很久。李秀兰不会说英语。';
    expect(masksOf('PERSON', text)).toEqual(['李秀兰', '李秀兰']);
    expect(masksOf('PERSON', '王医生很好。')).toEqual(['王']);
  });

  it('leaves alone words of other scripts beside a word that is not a name', () => {
    expect(masksOf('PERSON', 'Translated from Arabic (العربية) by a volunteer.')).toEqual([]);
    expect(masksOf('PERSON', 'She kept saying thank you (شكرا) to the nurses.')).toEqual([]);
  });
});
