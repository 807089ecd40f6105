// Failure injection for the fault tests ONLY. Both hooks are off unless their environment variable is set, and
// nothing outside test/queue and bench/workers sets them.

/** DOSSIER_TEST_ONLY_FAIL_ANALYSIS=MARKER: analysing a document whose body contains MARKER throws (a poison document). */
export const FAIL_ANALYSIS_ENV = 'DOSSIER_TEST_ONLY_FAIL_ANALYSIS';
/** DOSSIER_TEST_ONLY_JOB_DELAY_MS=N: every document job waits N ms between analysing and writing (a kill lands mid-job). */
export const JOB_DELAY_ENV = 'DOSSIER_TEST_ONLY_JOB_DELAY_MS';

export class InjectedFailure extends Error {}

export function injectedFailure(body: string): void {
  const marker = process.env[FAIL_ANALYSIS_ENV];
  if (marker && body.includes(marker)) throw new InjectedFailure(`injected analysis failure (${FAIL_ANALYSIS_ENV})`);
}

export function injectedDelayMs(): number {
  const ms = Number(process.env[JOB_DELAY_ENV] ?? 0);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}
