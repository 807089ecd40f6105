// The server side of the serve benchmark: the real `dossier serve` command in its own process, so the load
// generator does not share its event loop. Usage: node --import tsx bench/serve/server.ts --db PATH --port 0
import { main } from '../../src/cli/main.js';

process.exitCode = await main(['node', 'dossier', 'serve', ...process.argv.slice(2)]);
