import { describe, expect, it } from 'vitest';
import { masksOf } from './helpers';

describe('emails and web addresses', () => {
  it('finds emails and leaves the full stop that ends the sentence', () => {
    const story = 'Write to r.patel1982@outlook.com or hyunwoo.park@kcl.ac.uk.';
    expect(masksOf('EMAIL', story)).toEqual(['r.patel1982@outlook.com', 'hyunwoo.park@kcl.ac.uk']);
  });

  it('masks the whole email even when a name inside it is known', () => {
    const story = 'My son Shafiq helps, his email is shafiq.uddin@outlook.com.';
    expect(masksOf('EMAIL', story)).toEqual(['shafiq.uddin@outlook.com']);
  });

  it('finds web addresses with a scheme or www', () => {
    const story = 'See https://example.org/my-blog?id=7, or www.example.co.uk/page.';
    expect(masksOf('URL', story)).toEqual(['https://example.org/my-blog?id=7', 'www.example.co.uk/page']);
  });

  it('ignores a lone @ and a handle without a domain', () => {
    expect(masksOf('EMAIL', 'Meet @ the clinic, or message @kelly on the app.')).toEqual([]);
  });
});
