import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../../main/export/political-terms';

describe('scanning for political content', () => {
  const scanner = politicalScanner(['Jane Marlow']);
  const found = (text: string) => scanner.scan(text).map((m) => `${m.kind}:${m.term}`);

  it('finds parties by short name, candidates, and campaign wording, whole words and any case', () => {
    expect(found('the TORIES and the lib dems; JANE MARLOW asked me to Vote  For her at the hustings')).toEqual([
      'party:Tories',
      'party:Lib Dems',
      'candidate:Jane Marlow',
      'campaign:vote for',
      'campaign:hustings',
    ]);
  });

  it('does not find words inside other words, or everyday words that are also party names', () => {
    expect(found('She was in labour; the labourer elected nothing; a reform of the green space; ballots-free canvasses')).toEqual([]);
    expect(found('Labour said')).toEqual(['party:Labour']);
  });

  it('gives the words around each mention', () => {
    const [mention] = scanner.scan(`${'x '.repeat(40)}the manifesto said so ${'y '.repeat(40)}`);
    expect(mention?.snippet).toMatch(/^….*the manifesto said so.*…$/);
  });
});
