/**
 * The app's one logger: lines on stderr with a time stamp, so the shell and the web server never
 * write to the console directly. Tests replace the sink to keep their output clean.
 */
export type LogSink = (line: string) => void;

let sink: LogSink = (line) => {
  process.stderr.write(`${line}\n`);
};

export function setLogSink(next: LogSink): LogSink {
  const previous = sink;
  sink = next;
  return previous;
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

export function logInfo(message: string): void {
  sink(`${new Date().toISOString()} [thông tin] ${message}`);
}

export function logError(message: string, err?: unknown): void {
  sink(`${new Date().toISOString()} [lỗi] ${message}${err === undefined ? '' : `: ${describe(err)}`}`);
}
