export interface ProgressCounts {
  done: number;
  errors: number;
  skipped: number;
  words: number;
}

/**
 * Progress on stderr: one line redrawn in place on a terminal, a plain line every ten seconds elsewhere (a log
 * file should not fill with carriage returns).
 */
export function createProgress(write: (s: string) => void, isTty: boolean) {
  const started = performance.now();
  let lastDraw = 0;
  const line = (c: ProgressCounts) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? c.done / seconds : 0;
    return `${c.done} articles, ${rate.toFixed(1)} articles/s, ${seconds > 0 ? Math.round(c.words / seconds) : 0} words/s, ${c.errors} errors${c.skipped ? `, ${c.skipped} resumed` : ''}`;
  };
  return {
    update(c: ProgressCounts) {
      const now = performance.now();
      if (now - lastDraw < (isTty ? 200 : 10_000)) return;
      lastDraw = now;
      write(isTty ? `\r${line(c)}\u001b[K` : `${line(c)}\n`);
    },
    finish(c: ProgressCounts, output: string) {
      const seconds = (performance.now() - started) / 1000;
      write(`${isTty ? '\r\u001b[K' : ''}batch: ${line(c)} in ${seconds.toFixed(1)} s -> ${output}\n`);
    },
  };
}
