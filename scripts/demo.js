#!/usr/bin/env node
// `npm run demo`: ingest the demo corpus into ./dossier.db, analyse it, list the stories and show the
// richest one. Everything runs through the real `dossier` binary, as a user would type it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'dossier.js');

function dossier(args, { capture = false } = {}) {
  const shown = `dossier ${args.join(' ')}`;
  if (!capture) process.stdout.write(`\n$ ${shown}\n`);
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(`demo: \`${shown}\` exited with ${result.status}\n`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

dossier(['ingest', 'examples/corpus']);
dossier(['analyze']);
dossier(['stories']);
const stories = JSON.parse(dossier(['stories', '--json'], { capture: true }));
const richest = [...stories].sort((a, b) => b.events - a.events || b.documents - a.documents)[0];
if (richest) dossier(['show', richest.id]);
process.stdout.write('\nThe store is ./dossier.db: try `npx dossier search <words>` or `npx dossier show <story>`.\n');
