/** The progress line: only on a watched TTY, only for long runs, throttled, and erased at the end. */
import { describe, expect, it } from 'vitest';
import { createProgress, progressAllowed } from '../../src/cli/progress.js';

const ERASE = '\r\u001b[K';

function fakeTerminal(isTTY: boolean) {
  const writes: string[] = [];
  let time = 0;
  return {
    writes,
    stream: { isTTY, write: (text: string) => writes.push(text) },
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

const label = (done: number, total: number) =>
  done < total ? `đọc ${done}/${total}` : `kiểm tra ${total}`;

describe('progressAllowed', () => {
  const tty = { isTTY: true, write: () => true };
  it.each([
    ['a TTY outside CI', tty, {}, false, true],
    ['a pipe', { isTTY: false, write: () => true }, {}, false, false],
    ['--quiet', tty, {}, true, false],
    ['CI=true', tty, { CI: 'true' }, false, false],
    ['GitHub Actions', tty, { GITHUB_ACTIONS: 'true' }, false, false],
    ['a dumb terminal', tty, { TERM: 'dumb' }, false, false],
    ['CI=false', tty, { CI: 'false' }, false, true],
  ])('%s → %s', (_name, stream, env, quiet, expected) => {
    expect(progressAllowed(stream, env, quiet)).toBe(expected);
  });
});

describe('createProgress', () => {
  it('draws thousands of files at most every 100 ms, always the last step, and erases the line', () => {
    const terminal = fakeTerminal(true);
    const progress = createProgress({ ...terminal, env: {}, quiet: false, label });
    progress.update(0, 3000);
    terminal.advance(50);
    progress.update(1000, 3000); // 50 ms after the last frame: skipped
    terminal.advance(60);
    progress.update(2000, 3000);
    terminal.advance(10);
    progress.update(3000, 3000); // the step after reading is always announced
    progress.end();
    expect(terminal.writes).toEqual([
      `${ERASE}⠋ đọc 0/3000`,
      `${ERASE}⠙ đọc 2000/3000`,
      `${ERASE}⠹ kiểm tra 3000`,
      ERASE,
    ]);
  });

  it('stays silent for a short run of few files, and then has nothing to erase', () => {
    const terminal = fakeTerminal(true);
    const progress = createProgress({ ...terminal, env: {}, quiet: false, label });
    for (let done = 0; done <= 200; done += 1) {
      progress.update(done, 200);
      terminal.advance(2);
    }
    progress.end();
    expect(terminal.writes).toEqual([]);
  });

  it('appears once a run of few files has taken more than a second', () => {
    const terminal = fakeTerminal(true);
    const progress = createProgress({ ...terminal, env: {}, quiet: false, label });
    progress.update(0, 10);
    terminal.advance(999);
    progress.update(5, 10);
    terminal.advance(1);
    progress.update(6, 10);
    progress.end();
    expect(terminal.writes).toEqual([`${ERASE}⠋ đọc 6/10`, ERASE]);
  });

  it('never draws into a pipe, however long the run', () => {
    const terminal = fakeTerminal(false);
    const progress = createProgress({ ...terminal, env: {}, quiet: false, label });
    terminal.advance(5000);
    progress.update(0, 5000);
    progress.update(5000, 5000);
    progress.end();
    expect(terminal.writes).toEqual([]);
  });
});
