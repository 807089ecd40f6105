#!/usr/bin/env node
// Regenerates docs/analysis.schema.json from the zod contract (run after `npm run build`).
import fs from 'node:fs';
import { analysisJsonSchema } from '../dist/contract/analysis.js';

const target = new URL('../docs/analysis.schema.json', import.meta.url);
fs.writeFileSync(target, `${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote docs/analysis.schema.json\n`);
