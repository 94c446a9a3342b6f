/**
 * npm run bench [-- --json]: analyze() against the raw wink-nlp parse, alex and write-good on
 * answers of ~150/600/2,000 words, then 10,000 varied answers through one process for throughput
 * and memory. Reports figures and PASS/MISS per goal; it never fails the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledEntry } from '../scripts/cached-bundle.mjs';
import { buildAnswer, countWords } from './corpus';
import { type Budget, measureAlternating, type Timing } from './stats';
import type { StreamResult } from './stream';

/**
 * RSS of plain node (with npm start's flags) and nothing loaded: the floor under the stream's readings, as
 * the stream child (like the `onsite` CLI) runs bundled on plain node. Read in a throwaway child
 * because this script itself runs under tsx, whose loader thread adds ~36 MB.
 */
const floorRss = Number(
  spawnSync(
    process.execPath,
    [...serverNodeFlags(), '-e', 'process.stdout.write(String(process.memoryUsage.rss()))'],
    {
      encoding: 'utf8',
    },
  ).stdout,
);
const analyzer = await loadAnalyzer();
const { analyze, parseText, WINK_PIPES } = analyzer.module;
const { default: model } = await import('wink-eng-lite-web-model');
const { default: winkNLP } = await import('wink-nlp');

const SIZES = [150, 600, 2000];
const STREAM = { count: 10_000, checkpoint: 1_000, seed: 20261124 };
const GOAL = { ratioToRaw: 1.5, alexFactor: 5, peakRssMb: 200, rssGrowthMb: 5, heapGrowthMb: 1 };
/**
 * Warm-ups long enough for V8 to finish optimising (1 s per function): analyze()'s once-per-answer
 * glue tiers up only between calls ~400 and ~2,300, so a 150 ms warm-up timed it in baseline tiers
 * (bench/README.md, "Warm-up"). The server and the web app run it far longer than that.
 */
const CORE: Budget = { warmupMs: 4000, budgetMs: 5000, minSamples: 20, maxSamples: 500, blockMs: 150 };
const PEER: Budget = { warmupMs: 2000, budgetMs: 3000, minSamples: 20, maxSamples: 300, blockMs: 150 };

const gc = globalThis.gc;
const settle = (): void => gc?.();
const mb = (bytes: number): number => bytes / 2 ** 20;
const progress = (msg: string): void => void process.stderr.write(`… ${msg}\n`);

/**
 * The analyzer as shipped (bench/analyzer.ts, bundled like `npm start` and the CLI), or, if esbuild
 * cannot build it, the TypeScript source through tsx (slower: the header says which was timed).
 */
async function loadAnalyzer(): Promise<{ module: typeof import('./analyzer'); bundled: boolean }> {
  const source = fileURLToPath(new URL('./analyzer.ts', import.meta.url));
  const bundle = await bundledEntry({ entry: source, cacheName: 'onsite-bench-analyzer' });
  if (bundle === undefined) return { module: await import('./analyzer'), bundled: false };
  return { module: (await import(pathToFileURL(bundle).href)) as typeof import('./analyzer'), bundled: true };
}

/**
 * The raw wink-nlp parse of the text with the analyzer's pipes: readDoc, then every token's text
 * and part of speech and every sentence's span, read as the analyzer reads them (wink.ts,
 * readParse: one token collection, two `out`s, the spans) — the least any consumer of the parse
 * reads.
 */
const nlp = winkNLP(model, WINK_PIPES);
const its = nlp.its;
/** wink-nlp as it comes (its default pipes, NER included): the parse a naive analyzer would pay. */
const nlpDefault = winkNLP(model);
function defaultParse(text: string): number {
  return nlpDefault.readDoc(text).tokens().length();
}

function rawParse(text: string): number {
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out();
  const tags = tokens.out(its.pos);
  const spans = doc.sentences().out(its.span);
  return values.length + tags.length + spans.length;
}

interface SizeRow {
  target: number;
  words: number;
  analyze: Timing;
  parseText: Timing;
  raw: Timing;
  rawDefault: Timing;
  /** analyze() timed again alongside alex and write-good, for the alex/analyze ratio. */
  pairedAnalyze?: Timing;
  alex?: Timing;
  writeGood?: Timing;
}

function timeCore(target: number): SizeRow {
  const text = buildAnswer({ words: target, seed: target });
  progress(`${target} words: analyze, parseText, raw parse (alternating blocks)`);
  settle();
  const timings = measureAlternating(
    {
      analyze: () => analyze(text, { spoken: true }),
      parseText: () => parseText(text),
      raw: () => rawParse(text),
      rawDefault: () => defaultParse(text),
    },
    CORE,
    settle,
  );
  return { target, words: countWords(text), ...timings };
}

/**
 * The node flags `npm start` runs the server with (package.json "start"), so the stream child
 * runs the analyzer under the same V8 settings as the long-running process it stands for.
 */
function serverNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  const node = pkg.scripts.start.split(/\s+/);
  return node.slice(node.indexOf('node') + 1).filter((arg) => arg.startsWith('--'));
}

/**
 * The 10,000-answer stream runs in its own process (bench/stream.ts) that loads nothing but the
 * analyzer, so its RSS is the analyzer's and not this script's extra wink instances or peers.
 */
async function runStream(): Promise<StreamResult> {
  progress(`stream of ${STREAM.count.toLocaleString('en-US')} answers (child process)`);
  // Bundled and run by plain node, as users get the analyzer from `onsite`; tsx only if esbuild fails.
  const source = fileURLToPath(new URL('./stream.ts', import.meta.url));
  const bundle = await bundledEntry({ entry: source, cacheName: 'onsite-bench-stream' });
  if (bundle === undefined)
    progress('could not bundle bench/stream.ts; running it through tsx (RSS + ~36 MB)');
  const child = spawnSync(
    process.execPath,
    [
      ...serverNodeFlags(),
      ...(bundle === undefined ? ['--import', 'tsx', source] : [bundle]),
      String(STREAM.count),
      String(STREAM.checkpoint),
      String(STREAM.seed),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`stream child failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as StreamResult;
}

/** alex and write-good load only now, so their modules don't count toward the analyzer's RSS. */
async function timePeers(rows: SizeRow[]): Promise<void> {
  const { text: alexText } = await import('alex');
  const { default: writeGood } = await import('write-good');
  for (const row of rows) {
    progress(`${row.target} words: analyze, alex, write-good (alternating blocks)`);
    const text = buildAnswer({ words: row.target, seed: row.target });
    settle();
    const timings = measureAlternating(
      {
        analyze: () => analyze(text, { spoken: true }),
        alex: () => alexText(text),
        writeGood: () => writeGood(text),
      },
      PEER,
      settle,
    );
    row.pairedAnalyze = timings.analyze;
    row.alex = timings.alex;
    row.writeGood = timings.writeGood;
  }
}

const f = (n: number | undefined, digits = 2): string =>
  n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits);
const verdict = (ok: boolean | null): string => (ok === null ? 'n/a ' : ok ? 'PASS' : 'MISS');

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padStart(widths[i] ?? 0)).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    gc: gc !== undefined,
    floorRssMb: mb(floorRss),
    analyzerBundled: analyzer.bundled,
  };
  console.log('Onsite analyzer bench');
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}`);
  console.log(`global.gc: ${machine.gc ? 'available (collected before each reading)' : 'NOT available'}`);
  console.log(
    `RSS floor (plain node, as the stream child runs, before anything loads): ${f(machine.floorRssMb, 1)} MB`,
  );
  console.log(
    analyzer.bundled
      ? 'analyzer: esbuild bundle, as npm start and the onsite CLI run it (bench/analyzer.ts)'
      : 'analyzer: TypeScript source through tsx (esbuild could not bundle it; 7–15% slower than shipped)',
  );
  console.log(`stream child: node ${serverNodeFlags().join(' ')} (the flags of npm start)\n`);

  const rows = SIZES.map(timeCore);
  const stream = await runStream();
  await timePeers(rows);

  const ratio = (r: SizeRow): number => r.analyze.medianMs / r.raw.medianMs;
  const ratioDefault = (r: SizeRow): number => r.analyze.medianMs / r.rawDefault.medianMs;
  const alexFactor = (r: SizeRow): number =>
    (r.alex?.medianMs ?? Number.NaN) / (r.pairedAnalyze?.medianMs ?? Number.NaN);
  console.log(
    'Per answer, ms: median [samples] and p95, in alternating 150 ms blocks with a gc between blocks.\n' +
      "raw parse = readDoc with the analyzer's pipes, reading tokens, parts of speech and sentence spans as\n" +
      'the analyzer reads them; the goal ' +
      "is judged on it. wink default = readDoc with wink-nlp's default pipes (NER etc.), for context.\n" +
      'analyze/raw pairs the first three columns; alex/analyze pairs alex with a second analyze() run.\n',
  );
  console.log(
    table(
      [
        'words',
        'analyze',
        'p95',
        'parseText',
        'raw parse',
        'p95',
        'analyze/raw',
        'wink default',
        'analyze/default',
        'alex',
        'write-good',
        'alex/analyze',
      ],
      rows.map((r) => [
        `~${r.target} (${r.words})`,
        `${f(r.analyze.medianMs)} [${r.analyze.samples}]`,
        f(r.analyze.p95Ms),
        f(r.parseText.medianMs),
        `${f(r.raw.medianMs)} [${r.raw.samples}]`,
        f(r.raw.p95Ms),
        `${f(ratio(r))}×`,
        f(r.rawDefault.medianMs),
        `${f(ratioDefault(r))}×`,
        `${f(r.alex?.medianMs)} [${r.alex?.samples ?? 0}]`,
        f(r.writeGood?.medianMs),
        `${f(alexFactor(r))}×`,
      ]),
    ),
  );

  const [first, last] = stream.checkpoints;
  // Retained memory is what "flat" means: RSS after a gc. Peaks move with gc timing; shown too.
  const rssGrowth = first && last ? last.gcRssMb - first.gcRssMb : Number.NaN;
  const peakGrowth = first && last ? last.peakRssMb - first.peakRssMb : Number.NaN;
  const heapGrowth = first && last ? last.gcHeapMb - first.gcHeapMb : Number.NaN;
  console.log(
    `\nStream: ${stream.answers.toLocaleString('en-US')} answers, ${stream.words.toLocaleString('en-US')} words (80–900 each)`,
  );
  console.log(
    `throughput: ${Math.round(stream.wordsPerSecond).toLocaleString('en-US')} words/s in analyze() ` +
      `(${f(stream.analyzeSeconds, 1)} s; ${f(stream.wallSeconds, 1)} s wall incl. generating answers)\n`,
  );
  console.log(
    table(
      ['answers', 'peak RSS MB', 'after gc: RSS MB', 'heap used', 'heap total', 'external'],
      stream.checkpoints.map((c) => [
        c.answers.toLocaleString('en-US'),
        f(c.peakRssMb, 1),
        f(c.gcRssMb, 1),
        f(c.gcHeapMb, 1),
        f(c.gcHeapTotalMb, 1),
        f(c.gcExternalMb, 1),
      ]),
    ),
  );
  console.log(
    `growth 1,000 → 10,000: RSS after gc ${f(rssGrowth, 1)} MB, heap after gc ${f(heapGrowth, 1)} MB (peak RSS ${f(peakGrowth, 1)} MB)`,
  );

  const goals = [
    ...rows.map((r) => ({
      goal: `analyze ≤ ${GOAL.ratioToRaw}× raw parse at ~${r.target} words`,
      measured: `${f(ratio(r))}×`,
      ok: ratio(r) <= GOAL.ratioToRaw,
    })),
    ...rows.map((r) => ({
      goal: `alex ≥ ${GOAL.alexFactor}× slower than analyze at ~${r.target} words`,
      measured: `${f(alexFactor(r))}×`,
      ok: alexFactor(r) >= GOAL.alexFactor,
    })),
    {
      goal: `peak RSS ≤ ${GOAL.peakRssMb} MB over ${stream.answers.toLocaleString('en-US')} answers`,
      measured: `${f(last?.peakRssMb, 1)} MB`,
      ok: (last?.peakRssMb ?? Number.POSITIVE_INFINITY) <= GOAL.peakRssMb,
    },
    {
      goal: `RSS after gc flat 1,000 → 10,000 (growth ≤ ${GOAL.rssGrowthMb} MB)`,
      measured: `${f(rssGrowth, 1)} MB`,
      ok: rssGrowth <= GOAL.rssGrowthMb,
    },
    {
      goal: `heap flat 1,000 → 10,000 (after gc, growth ≤ ${GOAL.heapGrowthMb} MB)`,
      measured: machine.gc ? `${f(heapGrowth, 1)} MB` : 'no gc',
      ok: machine.gc ? heapGrowth <= GOAL.heapGrowthMb : null,
    },
  ];
  console.log('\nGoals');
  for (const g of goals) console.log(`  ${verdict(g.ok)}  ${g.goal.padEnd(52)} ${g.measured}`);

  if (json) {
    const dir = new URL('./out/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    const file = new URL('analyze.json', dir);
    const out = {
      date: new Date().toISOString(),
      machine,
      budgets: { CORE, PEER },
      sizes: rows,
      stream,
      goals,
    };
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    console.log(`\nwrote ${file.pathname}`);
  }
}

await main();
