import { expect, it } from 'vitest';
import { story } from '../../helpers/story-fixture';
import { describeWithServer, freshServer, organisation, syncOnce } from './sync-fixture';

describeWithServer('sync between two office laptops', () => {
  it('carries a story across with its words byte for byte, and again finds nothing to do', async () => {
    const server = await freshServer();
    const { officeA, officeB } = await organisation(server);
    const saved = officeA.stories.save(story({ text: '  The GP said   wait.\nI waited 😞  ', contact: { name: 'Pat', phone: '07700 900123' }, consent: { keep: true, share: true, quote: true, contact: true } }));
    // The story and the people added to the new store.
    expect(officeA.sync.status().waiting).toBe(5);
    expect(await syncOnce(officeA)).toMatchObject({ sent: 5, received: 0 });
    expect(officeA.sync.status().waiting).toBe(0);
    expect(await syncOnce(officeB)).toEqual({ sent: 4, received: 1, applied: 1, conflicts: 0 });
    const copy = officeB.stories.get(saved.id);
    expect(copy.text).toBe('  The GP said   wait.\nI waited 😞  ');
    expect(copy.contact).toEqual(officeA.stories.get(saved.id).contact);
    expect(officeB.sync.status().waiting).toBe(0);
    expect(await syncOnce(officeB)).toEqual({ sent: 0, received: 0, applied: 0, conflicts: 0 });
    expect(await syncOnce(officeA)).toEqual({ sent: 0, received: 0, applied: 0, conflicts: 0 });
  });
});
