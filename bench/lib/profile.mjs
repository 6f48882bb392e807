/**
 * CPU profiles of a command (`bench/run.mjs --profile DIR`): one more run
 * under `node --cpu-prof`, then the self time of every sampled frame summed
 * by module: dx-report's own modules by their path (dist/…), each npm package
 * as one row, node's internals as one, and garbage collection, idle time and
 * V8's own work outside JavaScript as their own rows. Worker threads write
 * their own profile files; each is summed apart and labelled as its worker.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOnce } from './measure.mjs';

/**
 * @typedef {object} ProfileNode one frame of V8's call tree (the `.cpuprofile` format)
 * @property {number} id
 * @property {{ functionName: string, url: string }} callFrame
 * @property {number[]} [children]
 */

/**
 * @typedef {object} CpuProfile
 * @property {ProfileNode[]} nodes
 * @property {number} startTime microseconds
 * @property {number} endTime microseconds
 * @property {number[]} samples the node on top of the stack at each sample
 * @property {number[]} timeDeltas microseconds from the previous sample to each one
 */

/**
 * @typedef {object} ThreadProfile
 * @property {string} thread `main`, or `worker N` by the thread id node gave it
 * @property {number} totalMs sampled time of the thread, idle included
 * @property {Array<{ module: string, ms: number }>} modules self time by module, largest first
 */

/**
 * @typedef {object} ProfileResult
 * @property {string} size
 * @property {string} id row id of the command
 * @property {string} label
 * @property {string} commandLine
 * @property {string} dir where the `.cpuprofile` files were written
 * @property {boolean} ok
 * @property {number} [wallMs] of the profiled run (slower than an unprofiled one)
 * @property {ThreadProfile[]} threads the main thread first, then the workers
 * @property {{ exitCode: number | null, signal: string | null, output: string }} [failure]
 */

export const GC = 'garbage collection';
export const IDLE = 'idle';
export const PROGRAM = 'V8 outside JS (program)';
export const NODE_INTERNALS = 'node internals';

/** V8's pseudo-frames, which have no script and are rows of their own. */
const PSEUDO_FRAMES = new Map([
  ['(garbage collector)', GC],
  ['(idle)', IDLE],
  ['(program)', PROGRAM],
  ['(root)', PROGRAM],
]);

/** `CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile`; thread 0 is the main thread. */
const PROFILE_FILE = /^CPU\.\d+\.\d+\.\d+\.(\d+)\.\d+\.cpuprofile$/;

/**
 * Runs a command once more with `--cpu-prof` into `dir` (emptied first, so
 * only this run's files are summed) and summarises what it wrote.
 * @param {import('./commands.mjs').BenchCommand} command
 * @param {string} size
 * @param {string} dir absolute: the child runs from the repository root
 * @param {{ cwd: string, method: import('./measure.mjs').RssMethod, timeoutMs: number, log: (message: string) => void }} options
 * @returns {Promise<ProfileResult>}
 */
export async function profileCommand(command, size, dir, options) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (command.outDir) rmSync(command.outDir, { recursive: true, force: true });
  const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...command.args];
  const run = await runOnce(args, options);
  options.log(`  ${command.label}: profiled run ${Math.round(run.ms)} ms`);
  const result = {
    size,
    id: command.id,
    label: command.label,
    commandLine: ['node', ...args].join(' '),
    dir,
    ok: run.exitCode === 0,
    wallMs: Math.round(run.ms),
  };
  if (run.exitCode !== 0) {
    const output = run.stderr.trim() || run.stdout.trim();
    return {
      ...result,
      threads: [],
      failure: { exitCode: run.exitCode, signal: run.signal, output },
    };
  }
  return { ...result, threads: summariseProfiles(dir, options.cwd) };
}

/**
 * Every profile file in `dir`, summed by module, one entry per thread.
 * @param {string} dir
 * @param {string} root the repository root: dx-report's modules are named relative to it
 * @returns {ThreadProfile[]}
 */
export function summariseProfiles(dir, root) {
  return readdirSync(dir)
    .map((name) => ({ name, match: PROFILE_FILE.exec(name) }))
    .filter((file) => file.match !== null)
    .map((file) => ({ threadId: Number(file.match?.[1]), path: join(dir, file.name) }))
    .sort((a, b) => a.threadId - b.threadId)
    .map(({ threadId, path }) => {
      /** @type {CpuProfile} */
      const profile = JSON.parse(readFileSync(path, 'utf8'));
      const byModule = selfTimeByModule(profile, root);
      const modules = [...byModule]
        .map(([module, micros]) => ({ module, ms: micros / 1000 }))
        .sort((a, b) => b.ms - a.ms);
      return {
        thread: threadId === 0 ? 'main' : `worker ${threadId}`,
        totalMs: modules.reduce((sum, entry) => sum + entry.ms, 0),
        modules,
      };
    });
}

/**
 * Microseconds of self time per module. A sample stands for the time until
 * the next one (the last, until the profile ends), as Chrome's DevTools
 * count it.
 * @param {CpuProfile} profile
 * @param {string} root
 * @returns {Map<string, number>}
 */
function selfTimeByModule(profile, root) {
  const moduleOf = moduleOfNodes(profile.nodes, root);
  /** @type {Map<string, number>} */
  const totals = new Map();
  let time = profile.startTime;
  const stamps = profile.timeDeltas.map((delta) => (time += delta));
  profile.samples.forEach((nodeId, index) => {
    const end = stamps[index + 1] ?? profile.endTime;
    // V8 sometimes records a sample slightly out of order; a negative span counts as none.
    const span = Math.max(0, end - (stamps[index] ?? end));
    const module = moduleOf.get(nodeId) ?? PROGRAM;
    totals.set(module, (totals.get(module) ?? 0) + span);
  });
  return totals;
}

/**
 * The module each node of the call tree is charged to. A frame without a
 * script (a native function such as `JSON.parse`, a regular expression, a
 * binding like `readFileUtf8`) is charged to its caller's module: a regular
 * expression run by js-yaml is js-yaml's time.
 * @param {ProfileNode[]} nodes
 * @param {string} root
 * @returns {Map<number, string>}
 */
function moduleOfNodes(nodes, root) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const children = new Set(nodes.flatMap((node) => node.children ?? []));
  /** @type {Map<number, string>} */
  const modules = new Map();
  // Parents before children, so a scriptless frame finds its caller's module.
  const queue = nodes
    .filter((node) => !children.has(node.id))
    .map((node) => ({ node, parent: PROGRAM }));
  for (let index = 0; index < queue.length; index++) {
    const { node, parent } = /** @type {{ node: ProfileNode, parent: string }} */ (queue[index]);
    const module = frameModule(node.callFrame, root) ?? parent;
    modules.set(node.id, module);
    for (const childId of node.children ?? []) {
      const child = byId.get(childId);
      if (child) queue.push({ node: child, parent: module });
    }
  }
  return modules;
}

/**
 * The row a frame belongs to, or null when it has no script of its own.
 * @param {{ functionName: string, url: string }} frame
 * @param {string} root
 * @returns {string | null}
 */
export function frameModule(frame, root) {
  const pseudo = PSEUDO_FRAMES.get(frame.functionName);
  if (pseudo) return pseudo;
  if (frame.url === '') return null;
  // ES modules are named by file: URL, CommonJS modules by path.
  const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  const packages = path.lastIndexOf(`${sep}node_modules${sep}`);
  if (packages >= 0) {
    const [scope = '', name = ''] = path
      .slice(packages + `${sep}node_modules${sep}`.length)
      .split(sep);
    return `npm: ${scope.startsWith('@') ? `${scope}/${name}` : scope}`;
  }
  if (!isAbsolute(path)) return NODE_INTERNALS; // node:internal/…, node:fs and the like
  const inRoot = relative(root, path);
  return inRoot.startsWith('..') || isAbsolute(inRoot) ? path : inRoot.split(sep).join('/');
}

/**
 * The largest entries over all threads of a profile, each with its thread,
 * its milliseconds and its share of that thread's sampled time.
 * @param {ThreadProfile[]} threads
 * @param {number} count
 * @returns {Array<{ thread: string, module: string, ms: number, share: number }>}
 */
export function topModules(threads, count) {
  return threads
    .flatMap((thread) =>
      thread.modules.map((entry) => ({
        thread: thread.thread,
        module: entry.module,
        ms: entry.ms,
        share: thread.totalMs > 0 ? entry.ms / thread.totalMs : 0,
      })),
    )
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}
