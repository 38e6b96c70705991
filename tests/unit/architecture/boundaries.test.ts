import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps the process boundaries; these cases prove it bites.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('process boundaries', () => {
  it('stops the renderer importing from main/, electron or Node', async () => {
    expect(await problems('renderer/src/x.ts', "import { StoreService } from '../../main/store/store-service';\nexport { StoreService };")).toHaveLength(1);
    expect(await problems('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };")).toHaveLength(1);
    expect(await problems('renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport { readFileSync };")).toHaveLength(1);
    expect(await problems('renderer/src/x.ts', "import { contract } from '../../shared/ipc/contract';\nexport { contract };")).toHaveLength(0);
  });

  it('stops shared/ importing from either side', async () => {
    expect(await problems('shared/x.ts', "import { a } from '../main/a';\nexport { a };")).toHaveLength(1);
    expect(await problems('shared/x.ts', "import { a } from '../renderer/src/a';\nexport { a };")).toHaveLength(1);
    expect(await problems('shared/x.ts', "import { app } from 'electron';\nexport { app };")).toHaveLength(1);
  });

  it('lets only the shell and preload import electron', async () => {
    expect(await problems('main/store/x.ts', "import { app } from 'electron';\nexport { app };")).toHaveLength(1);
    expect(await problems('main/cli/x.ts', "import { app } from 'electron';\nexport { app };")).toHaveLength(1);
    expect(await problems('main/shell/x.ts', "import { app } from 'electron';\nexport { app };")).toHaveLength(0);
    expect(await problems('main/preload/x.ts', "import { contextBridge } from 'electron';\nexport { contextBridge };")).toHaveLength(0);
  });

  it('keeps migrations frozen: no live service code or resources, only files beside them', async () => {
    const code = (specifier: string) => `import x from '${specifier}';\nexport { x };`;
    expect(await problems('main/store/migrations/0099_x.ts', code('../../capture/service-register'))).toHaveLength(1);
    expect(await problems('main/store/migrations/0099_x.ts', code('../../../resources/services/list.json'))).toHaveLength(1);
    expect(await problems('main/store/migrations/0099_x.ts', code('../../../shared/capture/vocabularies'))).toHaveLength(1);
    expect(await problems('main/store/migrations/0099_x.ts', code('../prepared'))).toHaveLength(1);
    expect(await problems('main/store/migrations/0099_x.ts', code('electron'))).toHaveLength(1);
    expect(await problems('main/store/migrations/0099_x.ts', code('./seed/0099-list.json'))).toHaveLength(0);
    expect(await problems('main/store/migrations/migration.ts', "import type { Db } from '../database';\nexport type { Db };")).toHaveLength(0);
  });
});
