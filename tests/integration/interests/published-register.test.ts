import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSignedBundle } from '../../../main/bundles/signed-bundle';
import { publishedRegisterSchema } from '../../../shared/interests/published';
import { ServiceError } from '../../../shared/result';
import { tempFolder } from '../../helpers/temp-store';
import { interestsStore } from './interests-fixture';

describe('the published register', () => {
  it('is a signed bundle of names and interests (no contact details) with a page that runs nothing and fetches nothing', async () => {
    const { services, clock, coder, other, trust, signInAs, interest } = await interestsStore('2026-03-02');
    await signInAs('coder');
    services.interests.declare(coder.id, interest({ description: '<script>alert(1)</script> nights on reception', refuses: ['code'] }));
    await signInAs('other');
    services.interests.confirm(other.id);
    await signInAs('admin');
    const member = services.interests.addPerson('Dr Rosa Board', 'board-member');
    services.interests.declare(member.personId, interest({ kind: 'voluntary-role', concerns: { type: 'other', name: '=Westminster Carers Forum' }, description: 'Trustee.', management: 'declared' }));
    // Ended more than a year ago: no longer published.
    services.interests.declare(member.personId, interest({ concerns: { type: 'organisation', stakeholderId: trust.id }, fromOn: '2020-01-01', toOn: '2025-02-01', description: 'Old job.' }));
    clock.set('2026-03-03');

    const path = join(tempFolder(), 'register.zip');
    const result = await services.publishedRegister.publish(path);
    expect(result).toMatchObject({ path, people: 5, interests: 2 });

    const bundle = readSignedBundle(readFileSync(path), 'interests-register');
    expect(bundle.manifestSha256).toBe(result.manifestSha256);
    expect([...bundle.files.keys()].sort()).toEqual(['README.txt', 'register.csv', 'register.html', 'register.json', 'schemas/register.schema.json']);
    const register = publishedRegisterSchema.parse(JSON.parse(bundle.files.get('register.json')!.toString('utf8')));
    expect(register.publishedOn).toBe('2026-03-03');
    expect(register.people.map((p) => [p.name, p.capacity, p.declaration, p.interests.length])).toEqual([
      ['Ada Admin', 'staff', 'never', 0],
      ['Bea Second', 'staff', 'never', 0],
      ['Cal Coder', 'staff', 'current', 1],
      ['Dr Rosa Board', 'board-member', 'current', 1],
      ['Oona Other', 'staff', 'current', 0],
    ]);
    expect(register.people[2]!.interests[0]).toMatchObject({ kind: 'employment', withKind: 'service', mustNot: ['code'], description: '<script>alert(1)</script> nights on reception' });

    const html = bundle.files.get('register.html')!.toString('utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; nights on reception');
    expect(html).toContain('Nothing to declare.');
    expect(html).toContain('Declaration awaited.');
    expect(html).not.toContain('Old job.');
    for (const file of ['register.html', 'register.csv', 'register.json']) {
      const text = bundle.files.get(file)!.toString('utf8');
      expect(text, file).not.toContain('pat@example.nhs.uk');
      expect(text, file).not.toContain(coder.id);
    }
    const csv = bundle.files.get('register.csv')!.toString('utf8');
    expect(csv.startsWith('\uFEFFname,capacity,last_declared_on,declaration,kind,with')).toBe(true);
    expect(csv).toContain(",'=Westminster Carers Forum,");

    const audit = services.store.requireDb().prepare("SELECT details FROM audit_log WHERE action = 'register.publish'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ manifestSha256: result.manifestSha256, people: 5, interests: 2 });
  });

  it('only an administrator publishes it, and never over a file', async () => {
    const { services, signInAs } = await interestsStore();
    const path = join(tempFolder(), 'register.zip');
    await signInAs('coder');
    await expect(services.publishedRegister.publish(path)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(existsSync(path)).toBe(false);
    await signInAs('admin');
    writeFileSync(path, 'mine');
    await expect(services.publishedRegister.publish(path)).rejects.toBeInstanceOf(ServiceError);
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });
});
