// Auth.js logs through console.error with a stack trace, and counts a wrong password as an error.
// This logger writes one JSON line per event like the rest of the server's logs: a refused
// sign-in is a warning without a stack (it is an expected outcome, and the throttle deals with
// repeats), anything else an error with the top of its stack. Never the address that was tried.

type Line = Record<string, unknown>;

function write(line: Line, sink: (text: string) => void) {
  sink(JSON.stringify({ ...line, time: new Date().toISOString() }));
}

// Auth.js wraps a provider's refusal as CredentialsSignin (or our subclass, SignInLocked); its
// `type` survives bundling where class names do not.
function isRefusedSignIn(error: Error): error is Error & { code?: string } {
  return (error as { type?: string }).type === 'CredentialsSignin';
}

export function makeAuthLogger(sink: (text: string) => void = (text) => console.error(text)) {
  return {
    error(error: Error) {
      if (isRefusedSignIn(error)) {
        write({ level: 'warn', msg: 'sign-in refused', reason: error.code === 'locked' ? 'locked' : 'credentials' }, sink);
        return;
      }
      const type = (error as { type?: string }).type ?? error.name;
      write({ level: 'error', msg: 'auth error', type, error: error.message, stack: error.stack?.split('\n').slice(0, 6).join('\n') }, sink);
    },
    warn(code: string) {
      write({ level: 'warn', msg: 'auth warning', code }, sink);
    },
    debug() {},
  };
}
