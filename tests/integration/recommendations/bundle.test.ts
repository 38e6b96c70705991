import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignedBundle } from '../../../main/bundles/signed-bundle';
import { createJobContext } from '../../../main/jobs/job-context';
import { CSV_BOM } from '../../../shared/csv/write-csv';
import { parseCsv } from '../../../shared/csv/parse-csv';
import type { ExportedStory } from '../../../shared/export/schemas';
import { tempFolder } from '../../helpers/temp-store';
import { approvedStory } from '../export/export-fixture';
import { recommendationsStore } from './recommendations-fixture';

describe('the action plan in an intelligence bundle', () => {
  it('holds only the recipient organisation’s items, with bundle story ids and counts under the small-number rule, listed in the signed manifest', async () => {
    const f = await recommendationsStore('2026-03-02');
    const s = f.services;
    const quoted = Array.from({ length: 6 }, (_, i) => approvedStory(s, { text: `=SUM(A1) I waited ${i + 3} hours and Dr Okafor said sorry.`, serviceIds: [f.hospital.id], heardOn: '2025-11-20' }));
    const theirs = f.draft({ title: 'Show the waiting time', body: '+Put up a screen.' });
    s.evidence.linkStories(theirs.id, [...quoted, f.storyIds[0]!]); // the last is not approved: counted, not listed
    s.recommendations.send(theirs.id, '2026-03-02');
    s.recommendations.respond({ id: theirs.id, decision: 'accepted', words: '-We agree, and will act.', receivedOn: '2026-03-02' });
    const others = f.draft({ title: 'A council matter', stakeholderId: f.council.id });
    s.evidence.linkStories(others.id, [quoted[0]!]);
    s.recommendations.send(others.id, '2026-03-02');

    const path = join(tempFolder(), 'bundle.zip');
    const request = { profile: 'nhs-trust', recipient: 'Central London NHS Trust', filters: {}, actionPlanFor: f.trust.id };
    const preview = await s.intelligence.preview(request);
    expect(preview.actionPlan).toEqual({ organisation: 'Central London NHS Trust', items: 1 });
    await s.intelligence.export(request, path, createJobContext(), s.users.require('staff', 'admin'));

    const bundle = readSignedBundle(readFileSync(path), 'intelligence');
    expect(bundle.manifest.files.map((file) => file.name)).toContain('action-plan.csv');
    expect(bundle.manifest.details).toMatchObject({ actionPlan: { organisation: 'Central London NHS Trust', items: 1, file: 'action-plan.csv' } });
    const csv = bundle.files.get('action-plan.csv')!.toString('utf8');
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const { header, rows } = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1); // not the council's
    const row = Object.fromEntries(header.map((name, i) => [name, rows[0]!.cells[i]]));
    const stories = JSON.parse(bundle.files.get('stories.json')!.toString('utf8')) as ExportedStory[];
    expect(row).toMatchObject({
      kind: 'Recommendation',
      title: 'Show the waiting time',
      organisation: 'Central London NHS Trust',
      status: 'responded',
      sent_on: '2026-03-02',
      response_due_on: '2026-03-30',
      response: 'accepted',
      response_words: "'-We agree, and will act.", // the formula guard, only in the CSV
      what_was_asked: "'+Put up a screen.",
      evidence_stories: '7',
    });
    expect(row.evidence_story_ids_in_this_bundle!.split('; ').sort()).toEqual(stories.map((story) => story.id).sort());
    const html = bundle.files.get('report.html')!.toString('utf8');
    expect(html).toContain('<h2>Action plan with Central London NHS Trust</h2>');
    expect(html).not.toContain('A council matter');
    expect(html).not.toContain('Okafor');
    expect(bundle.files.get('README.txt')!.toString('utf8')).toContain('action-plan.csv  The action plan with Central London NHS Trust (1 items)');
  });

  it('counts from 1 to 4 show as <5, and an organisation not in the register is refused before anything starts', async () => {
    const f = await recommendationsStore('2026-03-02');
    const s = f.services;
    Array.from({ length: 5 }, () => approvedStory(s, { serviceIds: [f.hospital.id], heardOn: '2025-11-20' }));
    const few = f.draft();
    s.evidence.linkStories(few.id, f.storyIds.slice(0, 2));
    s.recommendations.send(few.id, '2026-03-02');
    const path = join(tempFolder(), 'bundle.zip');
    await s.intelligence.export({ profile: 'nhs-trust', recipient: 'Trust', filters: {}, actionPlanFor: f.trust.id }, path, createJobContext(), s.users.require('admin'));
    const csv = readSignedBundle(readFileSync(path)).files.get('action-plan.csv')!.toString('utf8');
    expect(parseCsv(csv.slice(1)).rows[0]!.cells).toContain('<5');
    expect(() => s.intelligence.preparePreview({ profile: 'nhs-trust', recipient: 'x', filters: {}, actionPlanFor: '6f1c1d6e-0000-4000-8000-000000000000' })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_ORGANISATION' }),
    );
  });
});
