#!/usr/bin/env node
// The `onsite` command. Runs the TypeScript sources directly through tsx's ESM loader, so
// `npx onsite …` works right after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

// Our own settings only: a tsconfig.json in the caller's directory must not change how we run.
register({ tsconfig: false });

// `onsite … | head` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const { main } = await import('../src/main.ts');
process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
