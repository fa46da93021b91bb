import { CredentialsSignin } from '@auth/core/errors';
import { describe, expect, it } from 'vitest';
import { makeAuthLogger } from './auth-log';

class Locked extends CredentialsSignin {
  code = 'locked';
}

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, logger: makeAuthLogger((text) => lines.push(JSON.parse(text))) };
}

describe('auth logger', () => {
  it('writes a refused sign-in as one warning line without a stack', () => {
    const { lines, logger } = capture();
    logger.error(new CredentialsSignin());
    logger.error(new Locked());
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'warn', msg: 'sign-in refused', reason: 'credentials' });
    expect(lines[1]).toMatchObject({ level: 'warn', msg: 'sign-in refused', reason: 'locked' });
    for (const line of lines) {
      expect(line).not.toHaveProperty('stack');
      expect(typeof line.time).toBe('string');
    }
  });

  it('writes other failures as errors with their type and the top of the stack', () => {
    const { lines, logger } = capture();
    const error = new Error('secret missing');
    logger.error(error);
    expect(lines[0]).toMatchObject({ level: 'error', msg: 'auth error', type: 'Error', error: 'secret missing' });
    expect(String(lines[0]?.stack).split('\n').length).toBeLessThanOrEqual(6);
  });

  it('writes warnings by their code', () => {
    const { lines, logger } = capture();
    logger.warn('debug-enabled');
    expect(lines[0]).toMatchObject({ level: 'warn', msg: 'auth warning', code: 'debug-enabled' });
  });
});
