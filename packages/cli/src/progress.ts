/**
 * A progress bar on stderr for long exports and imports: drawn only when stderr is a terminal and
 * the job has more than a few records, so pipes, logs and CI output stay clean.
 */
import cliProgress from 'cli-progress';
import type { OutputStream } from './io';

/** Below this many records a job is over before a bar would be worth drawing. */
export const PROGRESS_THRESHOLD = 20;

export interface ProgressReporter {
  /** `(done, total)`, as the export and import services report it. */
  update(done: number, total: number): void;
  /** Removes nothing: leaves the finished bar on its line and moves to the next. */
  stop(): void;
}

const silent: ProgressReporter = { update: () => undefined, stop: () => undefined };

export function progressReporter(stderr: OutputStream, label: string): ProgressReporter {
  if (stderr.isTTY !== true) return silent;
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total) {
      if (bar === undefined) {
        if (total <= PROGRESS_THRESHOLD) return;
        bar = new cliProgress.SingleBar(
          {
            // cli-progress only writes, moves the cursor and reads isTTY/columns on its stream.
            stream: stderr as unknown as NodeJS.WritableStream,
            format: `${label} [{bar}] {percentage}% | {value}/{total} records | ETA {eta_formatted}`,
            hideCursor: true,
            clearOnComplete: false,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
        return;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
