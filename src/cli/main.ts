// `dossier` command line. Each command is a thin adapter over the pipeline and the store.
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import type { Io } from './context.js';
import { runIngest } from './commands/ingest.js';
import { runAnalyze } from './commands/analyze.js';
import { runDeadLetters, runWorker } from './commands/worker.js';
import { runExport, runFailures, runSearch, runShow, runStories } from './commands/read.js';
import { runFetch } from './commands/fetch.js';
import { runWatch } from './commands/watch.js';
import { runServe } from './commands/serve.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const queueOption = () =>
  new Option('--queue <url>', 'distributed mode: the Redis of the work queue, redis://HOST:PORT (needs a postgres:// store)');

const dbOption = () =>
  new Option('--db <path>', 'store: a SQLite file, or postgres://USER@HOST:PORT/DB[?schema=NAME] (default: $DOSSIER_DB or ./dossier.db)');

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('dossier')
    .description('Turns a pile of news articles from many outlets into story dossiers.')
    .version(version)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // One line per usage error, in the same "dossier: ..." form as every other error.
      outputError: (s, write) => write(`dossier: ${s.replace(/^error: /, '').trim()} (see dossier --help)\n`),
    });

  program
    .command('ingest')
    .description('store documents from files, directories, globs or - (stdin): txt, md, html, json, jsonl, RSS, Atom, JSON Feed, .gz of each, and WARC (.warc, .warc.gz)')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin')
    .addOption(dbOption())
    .option('--json', 'print a machine-readable summary')
    .option('--max-file-size <size>', 'refuse files larger than this (e.g. 50MB)')
    .option('--no-progress', 'never show a progress bar')
    .addOption(queueOption())
    .action(async (inputs: string[], flags) => setExit(await runIngest(inputs, flags, io)));

  // Flags shared by fetch and watch.
  const withFetchOptions = (command: Command) =>
    command
      .addOption(dbOption())
      .option('--allow-private', 'allow private, loopback and link-local addresses (refused by default)')
      .option('--allow-address <ip...>', 'allow these addresses although private')
      .option('--timeout <duration>', 'per-request timeout for headers and body silence (e.g. 20s)')
      .option('--max-size <size>', 'largest response body (e.g. 50MB)')
      .option('--retries <n>', 'retries on 429, 5xx and network errors')
      .option('--host-delay <duration>', 'gap between requests to one host (e.g. 1s)')
      .option('--json', 'print a machine-readable summary');

  withFetchOptions(
    program
      .command('fetch')
      .description('fetch pages and feeds over HTTP(S) into the store (a feed: one document per entry, its page fetched)')
      .argument('<urls...>', 'page or feed URLs'),
  ).action(async (urls: string[], flags) => setExit(await runFetch(urls, flags, io)));

  withFetchOptions(
    program
      .command('watch')
      .description('poll a list of feeds (one URL a line) and store new entries until interrupted')
      .argument('<feeds-file>', 'text file with one feed URL a line (# comments allowed)')
      .option('--every <duration>', 'poll interval (e.g. 15m, 1h)', '15m')
      .option('--once', 'poll once and exit'),
  ).action(async (feedsFile: string, flags) => setExit(await runWatch(feedsFile, flags, io)));

  program
    .command('analyze')
    .description('analyse new or changed documents and regroup stories; with INPUTs, a one-shot run in memory')
    .argument('[inputs...]', 'one-shot: analyse these inputs in memory without touching the store')
    .addOption(dbOption())
    .option('--json', 'print JSON (one-shot: the whole analysis, dossier/analysis@1)')
    .option('--force', 'regroup even when no document changed')
    .option('--max-file-size <size>', 'refuse files larger than this (e.g. 50MB)')
    .option('--no-progress', 'never show a progress bar')
    .addOption(queueOption())
    .option('--wait', 'with --queue: wait for the workers and the corpus job, then print the summary')
    .action(async (inputs: string[], flags) => setExit(await runAnalyze(inputs, flags, io)));

  program
    .command('export')
    .description('print the whole store as JSON (dossier/analysis@1)')
    .addOption(dbOption())
    .option('--json', 'JSON output (the default and only format)')
    .option('--no-pretty', 'one line instead of indented JSON')
    .action(async (flags) => setExit(await runExport(flags, io)));

  program
    .command('stories')
    .description('list stories')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (flags) => setExit(await runStories(flags, io)));

  program
    .command('show')
    .description('show one story dossier')
    .argument('<story>', 'story id or a unique prefix of it')
    .addOption(dbOption())
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json', 'html']).default('md'))
    .action(async (story: string, flags) => setExit(await runShow(story, flags, io)));

  program
    .command('search')
    .description('full-text search over clean article text (BM25)')
    .argument('<query...>', 'words to find')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .option('--limit <n>', 'most hits to show', '10')
    .action(async (query: string[], flags) => setExit(await runSearch(query.join(' '), flags, io)));

  program
    .command('serve')
    .description('web UI and JSON API over the store (http://127.0.0.1:8080/ by default) until interrupted')
    .addOption(dbOption())
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on; keep 127.0.0.1 unless others should reach it', '127.0.0.1')
    .action(async (flags) => setExit(await runServe(flags, io)));

  program
    .command('worker')
    .description('distributed mode: analyse queued documents and run corpus jobs until SIGTERM/SIGINT')
    .addOption(dbOption())
    .addOption(queueOption().makeOptionMandatory())
    .option('--concurrency <n>', 'jobs this process runs at once', '1')
    .action(async (flags) => setExit(await runWorker(flags, io)));

  program
    .command('dead-letters')
    .description('distributed mode: documents whose analysis failed every attempt, with their last error')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (flags) => setExit(await runDeadLetters(flags, io)));

  program
    .command('failures')
    .description('list inputs that failed to ingest, with reasons')
    .addOption(dbOption())
    .option('--run <id>', 'only this ingest run')
    .option('--json', 'print JSON')
    .action(async (flags) => setExit(await runFailures(flags, io)));

  return program;
}

/** Runs the CLI and resolves to its exit code: 0 ok, 1 some input or lookup failed, 2 usage or fatal error. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; commander has already printed the message.
      return error.exitCode === 0 ? 0 : 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`dossier: ${message}\n`);
    return 2;
  }
}
