import { describe, expect, it } from 'vitest';
import { circles, importGraph } from './import-graph';

describe('import graph', () => {
  it('finds a circle of any length, and none in a chain', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(circles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(circles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it('has no circles among the modules of main/, shared/ and renderer/src/ (type-only imports included)', () => {
    const graph = importGraph(process.cwd());
    expect(graph.get('main/core/handlers.ts')).toContain('main/capture/handlers.ts');
    expect(circles(graph)).toEqual([]);
  });
});
