import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, tempFolder } from '../../helpers/temp-store';

// The command as npm links it: node_modules/.bin/verbatim -> main/cli/bin -> dist/cli.
beforeAll(() => {
  execFileSync('node', ['build.config.mjs', 'cli']);
});

const bin = join(process.cwd(), 'node_modules', '.bin', 'verbatim');

describe('the installed verbatim command', () => {
  it('runs in plain Node with the documented exit codes', () => {
    const db = join(tempFolder(), 'verbatim.db');
    const env = { ...process.env, VERBATIM_PASSPHRASE: PASSPHRASE };
    const init = spawnSync(bin, ['init', '--db', db], { env, encoding: 'utf8' });
    expect(init.status).toBe(0);
    expect(init.stdout.trim()).toMatch(/^([0-9A-Z]{6}-){7}[0-9A-Z]{6}$/);
    const status = spawnSync(bin, ['status', '--db', db, '--json'], { env, encoding: 'utf8' });
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout).integrity).toBe('ok');
    expect(spawnSync(bin, ['status', '--db', join(db, 'missing')], { env, encoding: 'utf8' }).status).toBe(1);
    expect(spawnSync(bin, [], { env, encoding: 'utf8' }).status).toBe(2);
  });
});
