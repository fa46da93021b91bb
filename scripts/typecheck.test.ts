import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
// The reader edge and what starts it: JavaScript run as it is, so only the type check guards it.
const EDGE = ['plain-html', 'response-cache', 'request-guard', 'route-cache-handler', 'security-headers', 'server', 'server-args', 'e2e-server', 'start-cached', 'start-cluster'].map((f) => `scripts/${f}.mjs`);

describe('type check', () => {
  it('covers the reader edge scripts (tsc --noEmit reads and checks them)', () => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    expect(config?.options.allowJs).toBe(true);
    const files = new Set(config?.fileNames.map((f) => path.relative(root, f)));
    for (const file of [...EDGE, 'deploy/nginx/render.mjs']) {
      expect(files.has(file), file).toBe(true);
      // With checkJs off, a JavaScript file is checked when it opts in.
      expect(fs.readFileSync(path.join(root, file), 'utf8').startsWith('// @ts-check'), file).toBe(true);
    }
  });
});
