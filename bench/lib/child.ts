// Runs a TypeScript benchmark worker in its own Node process, so its speed and peak memory are its own.
import { spawn } from 'node:child_process';

/** Marker in front of the worker's one result line on stdout; everything else it prints is passed through. */
export const RESULT_MARKER = '@@bench-result ';

/** Worker side: hands one JSON-serialisable result back to the parent. */
export function reportResult(result: unknown): void {
  process.stdout.write(RESULT_MARKER + JSON.stringify(result) + '\n');
}

/** Spawns `node --import tsx <script> ...args` and resolves with the worker's reported result. */
export function runTsWorker<T>(script: string, args: readonly string[], options: { cwd?: string } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffered = '';
    let result: T | undefined;
    let found = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.startsWith(RESULT_MARKER)) {
          result = JSON.parse(line.slice(RESULT_MARKER.length)) as T;
          found = true;
        } else process.stderr.write(line + '\n');
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0 && found) resolve(result as T);
      else reject(new Error(`worker ${script} ${args.join(' ')} failed (${signal ?? 'exit ' + code}${found ? '' : ', no result'})`));
    });
  });
}
