// Progress on a terminal only: pipes and CI logs stay clean.
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number | null, label: string): void;
  stop(): void;
}

const silent: Progress = { update() {}, stop() {} };

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean, noun: string): Progress {
  if (!enabled || !stream.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{bar} {value}{ofTotal} ${noun} | {label}`,
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      const payload = { label: label.length > 50 ? `…${label.slice(-49)}` : label, ofTotal: total === null ? '' : `/${total}` };
      // An unknown total (streamed inputs) shows a growing count against a moving target.
      const shownTotal = total ?? Math.max(done * 2, 10);
      if (!started) {
        bar.start(shownTotal, done, payload);
        started = true;
      } else {
        bar.setTotal(shownTotal);
        bar.update(done, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
