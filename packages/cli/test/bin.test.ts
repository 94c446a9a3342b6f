/**
 * The real `onsite` binary, end to end: node runs bin/onsite.mjs (a cached esbuild bundle, rebuilt
 * when a source changes; no build step to remember) on real files in os.tmpdir(), and once
 * through `npm exec onsite` from the repository root.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, runBin, tempDir } from './helpers';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

const ANSWER = `Our release train had slipped three quarters in a row and two senior engineers had resigned.
I owned getting delivery back on track for the 40-person payments organisation.
I ran a two-week diagnosis with each team, cut work in progress by half, and introduced weekly demos to the CFO.
Within two quarters we shipped 11 of 12 roadmap commitments, attrition fell from 24% to 9%, and revenue from the new
payment methods reached $4.2M. I learned that predictability is a leadership product, not a process artefact.`;

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('bin/onsite.mjs', () => {
  it('prints the version and help without a build step', () => {
    const version = runBin(['--version']);
    expect(version).toMatchObject({ status: 0, stderr: '' });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = runBin(['analyze', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: onsite analyze/);
  });

  it('analyses a Markdown file, reports a missing one on stderr, and exits 2', () => {
    const story = tmp.write('story.md', `---\ntitle: Delivery turnaround\nlevel: L6\n---\n${ANSWER}\n`);
    const run = runBin(['analyze', story, 'does-not-exist.md'], { cwd: tmp.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('onsite: does-not-exist.md: no such file or directory\n');
    expect(run.stdout.split('\n')[0]).toContain(story);
    expect(run.stdout).toMatch(/Score\s+\d+\/100/);
    // Not a terminal here, so no colour.
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('reads stdin with "-" and prints a JSON array', () => {
    const run = runBin(['analyze', '--json', '--level', 'L6', '-'], { input: ANSWER });
    expect([0, 1]).toContain(run.status);
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as Array<{
      filePath: string;
      report: { score: number; findings: Array<{ severity: string }> };
    }>;
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.filePath).toBe('<stdin>');
    const hasError = parsed[0]?.report.findings.some((finding) => finding.severity === 'error');
    expect(run.status).toBe(hasError ? 1 : 0);
  });

  it('refuses binary input and an unknown flag with one line each', () => {
    const binary = tmp.write('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const run = runBin(['analyze', binary]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/image\.png: binary/);
    const flag = runBin(['analyze', '--verbose', binary]);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe("onsite analyze: unknown option '--verbose' (see 'onsite analyze --help')\n");
    expect(flag.stdout).toBe('');
  });

  it.skipIf(!hasScript)('colours on a real terminal, unless NO_COLOR is set', () => {
    const story = tmp.write('plain.txt', ANSWER);
    // util(1) `script` gives the command a pseudo-terminal, so stdout.isTTY is true.
    const onTty = (env: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" analyze "${story}"`, '/dev/null'], {
        encoding: 'utf8',
        env,
        timeout: 60_000,
      }).stdout;
    const { NO_COLOR: _unset, ...env } = process.env;
    expect(onTty(env)).toContain('\u001b[');
    expect(onTty({ ...env, NO_COLOR: '1' })).not.toContain('\u001b[');
  });

  it('lists framework topics and questions', () => {
    const framework = runBin(['framework']);
    expect(framework.status).toBe(0);
    expect(framework.stdout).toContain('Framework topics');
    const questions = runBin(['questions', '--type', 'behavioral', '--json']);
    expect(questions.status).toBe(0);
    expect((JSON.parse(questions.stdout) as unknown[]).length).toBeGreaterThan(0);
    expect(runBin(['framework', 'nope']).status).toBe(2);
  });

  it('runs as `npm exec onsite` from the repository root', () => {
    const story = tmp.write('npm.md', ANSWER);
    const run = spawnSync('npm', ['exec', '--offline', '--', 'onsite', 'analyze', '--json', story], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.error).toBeUndefined();
    expect([0, 1]).toContain(run.status);
    const parsed = JSON.parse(run.stdout) as Array<{ filePath: string }>;
    expect(parsed.map((entry) => entry.filePath)).toEqual([story]);
  });
});
