import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignedBundle } from '../../../main/bundles/signed-bundle';
import { createJobContext } from '../../../main/jobs/job-context';
import { boardPackSchema } from '../../../shared/interests/board-pack';
import { story } from '../../helpers/story-fixture';
import { tempFolder } from '../../helpers/temp-store';
import { approvedStory } from '../export/export-fixture';
import { interestsStore } from './interests-fixture';

/** Audit entries carry the real time, so the period runs from February to far ahead; stories are dated by their heard-on day. */
const PERIOD = { from: '2026-02-01', to: '2999-12-31' };

async function packStore() {
  const fixture = await interestsStore('2026-03-02');
  const { services, signInAs, hospital, surgery, coder, interest, trust } = fixture;
  await signInAs('admin');
  // In the period: 8 at community events with equality answers, 3 by phone, 7 approved (6 may be quoted), 1 about the hospital; 1 before it.
  for (let i = 0; i < 8; i++) services.stories.save(story({ heardOn: '2026-02-10', serviceIds: [surgery.id], equality: { ethnicity: i < 4 ? 'asian-bangladeshi' : 'white-irish' } }));
  for (let i = 0; i < 3; i++) services.stories.save(story({ heardOn: '2026-02-11', channel: 'phone', serviceIds: [surgery.id], equality: { ethnicity: 'prefer-not-to-say' } }));
  const quoted = Array.from({ length: 6 }, (_, i) => approvedStory(services, { text: `Dr Okafor at the surgery listened to me (${i}).`, heardOn: '2026-02-12', serviceIds: [surgery.id] }));
  approvedStory(services, { text: 'Mrs Lee was rude to my mother.', heardOn: '2026-02-13', serviceIds: [surgery.id], consentOverrides: { quote: false } });
  services.stories.save(story({ heardOn: '2026-01-10', serviceIds: [surgery.id] }));
  services.elections.add({ name: 'Westminster by-election', noticeDate: '2026-02-01', pollingDay: '2026-03-05', candidates: [] });

  // What was shared: a recommendation sent to the trust, an intelligence bundle for it.
  const report = services.reports.create({ title: 'Reception', publishedOn: null, serviceIds: [surgery.id], visitId: null });
  const recommendation = services.recommendations.create({ reportId: report.id, stakeholderId: trust.id, title: 'Answer the phone', body: 'Within ten rings.', serviceIds: [] });
  services.evidence.linkStories(recommendation.id, quoted.slice(0, 2));
  services.recommendations.send(recommendation.id, '2026-03-02');
  const user = services.users.require();
  await services.intelligence.export({ profile: 'nhs-trust', recipient: 'Central London NHS Trust', filters: {} }, join(tempFolder(), 'trust.zip'), createJobContext(), user);

  // Declarations, and a conflict managed.
  await signInAs('coder');
  services.interests.declare(coder.id, interest({ refuses: ['code'] }));
  const hospitalStory = services.stories.save(story({ heardOn: '2026-02-14', serviceIds: [hospital.id] })).id;
  expect(() => services.tags.tag(hospitalStory, fixture.code.id, null, null)).toThrow();
  await signInAs('admin');
  services.conflictManagement.override({ action: 'code', subject: { type: 'story', id: hospitalStory }, userId: coder.id, reason: 'Needed.' });
  return fixture;
}

describe('the advisory board pack', () => {
  it('summarises the period with every count under the small-number rule and no words but consented, anonymised quotes', async () => {
    const { services, signInAs } = await packStore();
    await signInAs('other');
    const pack = services.boardPack.build(PERIOD);
    expect(boardPackSchema.parse(pack)).toEqual(pack);
    expect(pack).toMatchObject({ organisation: 'Healthwatch Testshire', from: PERIOD.from, to: PERIOD.to, madeOn: '2026-03-02' });
    expect(pack.smallNumberRule).toBe('Counts from 1 to 7 are shown as "*"; other counts are rounded to the nearest 5.');
    // 21 heard in the period (with the fixture's two): 18 at community events, 3 by phone.
    expect(pack.stories.heard).toBe('20');
    expect(pack.stories.byChannel).toEqual([
      { channel: 'community-event', stories: '20' },
      { channel: 'phone', stories: '*' },
    ]);
    expect(pack.stories.byCommunity).toEqual([
      { group: 'Asian', stories: '*' },
      { group: 'Not asked', stories: '10' },
      { group: 'Not stated', stories: '*' },
      { group: 'White', stories: '*' },
    ]);
    expect(pack.shared.map(({ kind, recipient, items }) => ({ kind, recipient, items }))).toEqual([
      { kind: 'recommendation', recipient: 'Central London NHS Trust', items: '*' },
      { kind: 'intelligence', recipient: 'Central London NHS Trust', items: '*' },
    ]);
    expect(pack.declarations).toEqual({ made: '*', nothingToDeclare: '0', interestsDeclared: '*', interestsChanged: '0', owingOnMadeOn: '*' });
    expect(pack.conflicts.totals).toEqual({ warning: '0', acknowledge: '0', refusal: '*', override: '*', reassign: '0' });
    expect(pack.conflicts.refusalsByWork).toEqual([{ action: 'code', refusals: '*' }]);
    expect(pack.elections).toEqual([{ name: 'Westminster by-election', noticeDate: '2026-02-01', pollingDay: '2026-03-05', bundlesDuring: '0' }]);
    expect(pack.quotes).toHaveLength(5);
    for (const quote of pack.quotes) expect(quote).toEqual({ month: '2026-02', text: expect.stringMatching(/^Dr \[PERSON 1\] at the surgery listened to me \(\d\)\.$/) });
    expect(JSON.stringify(pack)).not.toMatch(/Okafor|Mrs Lee|rude/);
  });

  it('is saved as a signed bundle with a self-contained page, and audited', async () => {
    const { services, signInAs } = await packStore();
    await signInAs('other');
    const path = join(tempFolder(), 'board.zip');
    const saved = await services.boardPack.save(PERIOD, path);
    const bundle = readSignedBundle(readFileSync(path), 'board-pack');
    expect(bundle.manifestSha256).toBe(saved.manifestSha256);
    const html = bundle.files.get('board-pack.html')!.toString('utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h1>How Healthwatch Testshire worked: 1 February 2026 to 31 December 2999</h1>');
    expect(html).toContain('<tr><th scope="row">Phone</th><td>*</td></tr>');
    expect(html).not.toContain('Okafor');
    // The same pack as on screen, but for its own saving, which the next pack lists.
    const after = services.boardPack.build(PERIOD);
    expect(after.shared.at(-1)).toMatchObject({ kind: 'board-pack', recipient: 'The advisory board', items: null });
    expect(JSON.parse(bundle.files.get('board-pack.json')!.toString('utf8'))).toEqual({ ...after, shared: after.shared.slice(0, -1) });
    const audit = services.store.requireDb().prepare("SELECT actor_name, details FROM audit_log WHERE action = 'board-pack.save'").get() as { actor_name: string; details: string };
    expect(audit.actor_name).toBe('Oona Other');
    expect(JSON.parse(audit.details)).toMatchObject({ manifestSha256: saved.manifestSha256, ...PERIOD });
  });

  it('refuses a period that ends before it starts, and anyone but staff', async () => {
    const { services, signInAs } = await interestsStore();
    await signInAs('other');
    expect(() => services.boardPack.build({ from: '2026-03-01', to: '2026-02-01' })).toThrow(expect.objectContaining({ code: 'END_BEFORE_START' }));
    const volunteer = await (async () => {
      await signInAs('admin');
      return services.users.create('Val Volunteer', 'volunteer', '9753');
    })();
    await services.users.signIn(volunteer.id, '9753');
    expect(() => services.boardPack.build({ from: '2026-02-01', to: '2026-03-01' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
