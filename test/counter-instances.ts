import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.join(__dirname, '..');

/**
 * Runs test/counter-instance.ts as a separate process (another "app instance" on the same test
 * database, whose DATABASE_URL it inherits) and returns the number it printed.
 */
export async function runInstance(env: Record<string, string>): Promise<number> {
  const { stdout } = await run(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(root, 'test', 'counter-instance.ts')], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return Number(stdout);
}
