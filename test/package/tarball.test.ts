/**
 * The package as a user gets it: `npm pack` of a clean checkout (no dist/, no
 * node_modules of its own but the repository's), installed into an empty
 * folder with `npm install ./dx-report-<version>.tgz`, then the README's
 * commands and library import run there. Nothing may be compiled at install
 * time: the user has no TypeScript, and npm runs no script of ours. Each
 * command must do there exactly what the repository's own build does.
 *
 * npm resolves the dependencies from its cache first (--prefer-offline): after
 * `npm ci` the downloads are there, and only metadata it has never seen comes
 * from the registry.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../src/model/report-formats.js';
import { cleanEnv, sourceCopy, sourceFiles } from '../helpers/checkout.js';
import { BUILT_FORMATS, sameBytes } from '../helpers/formats.js';
import { REPO, read, removeTempFolders, runCli, tempFolder } from '../helpers/cli.js';

afterAll(removeTempFolders);

interface Manifest {
  version: string;
  files: string[];
  scripts: Record<string, string>;
}
const manifest = JSON.parse(read(path.join(REPO, 'package.json'))) as Manifest;

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    env: cleanEnv(),
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** What a test compares whole. */
const outcome = (result: SpawnSyncReturns<string>) => ({
  status: result.status,
  stdout: result.stdout,
  stderr: result.stderr,
});

let packed: string[] = [];
let tarball = '';
let consumer = '';
let install: SpawnSyncReturns<string>;

beforeAll(() => {
  const source = sourceCopy();
  symlinkSync(path.join(REPO, 'node_modules'), path.join(source, 'node_modules'), 'dir');
  const destination = tempFolder();
  const pack = run('npm', ['pack', '--json', '--pack-destination', destination], source);
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(destination, info!.filename);
  packed = info!.files.map((file) => file.path).sort();
  // The checkout's package.json is put back after packing.
  expect(read(path.join(source, 'package.json'))).toBe(read(path.join(REPO, 'package.json')));

  consumer = tempFolder();
  install = run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball],
    consumer,
  );
}, 300_000);

describe('the tarball', () => {
  it('is named for the version', () => {
    expect(path.basename(tarball)).toBe(`dx-report-${manifest.version}.tgz`);
  });

  it('holds a fresh dist/: every source module compiled, the generated validators and template, no build state', () => {
    const sources = sourceFiles().filter(
      (file) => file.startsWith('src/') && file.endsWith('.ts') && !file.endsWith('.d.ts'),
    );
    const expected = [
      ...sources.flatMap((file) => {
        const base = `dist/${file.slice('src/'.length, -'.ts'.length)}`;
        return [`${base}.js`, `${base}.d.ts`];
      }),
      'dist/render/markdown/default-template.mjs',
      'dist/validate/compiled-validators.mjs',
    ].sort();
    expect(packed.filter((file) => file.startsWith('dist/'))).toEqual(expected);
  });

  it('holds the launcher, schemas, template, sample data, docs, examples and the changelog; no sources or tests', () => {
    const shipped = ['bin/', 'schemas/', 'templates/', 'data/', 'docs/', 'examples/'];
    const expected = [
      ...sourceFiles().filter((file) => shipped.some((folder) => file.startsWith(folder))),
      'ARCHITECTURE.md',
      'CHANGELOG.md',
      'README.md',
      'package.json',
    ].sort();
    expect(packed.filter((file) => !file.startsWith('dist/'))).toEqual(expected);
  });

  it('has every relative link of its Markdown pointing at a file it holds', () => {
    const broken: string[] = [];
    const pages = packed.filter((file) => file.endsWith('.md') && !file.startsWith('data/'));
    for (const page of pages) {
      const text = read(path.join(REPO, page));
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        const file = path.posix.normalize(
          path.posix.join(path.posix.dirname(page), target!.split('#')[0]!),
        );
        const found = file.endsWith('/')
          ? packed.some((entry) => entry.startsWith(file))
          : packed.includes(file);
        if (!found) broken.push(`${page}: ${target}`);
      }
    }
    expect(pages).toContain('README.md');
    expect(broken).toEqual([]);
  });

  it('has a package.json with no script that runs at install time', () => {
    const installed = JSON.parse(
      read(path.join(consumer, 'node_modules', 'dx-report', 'package.json')),
    ) as Manifest;
    const installTime = ['preinstall', 'install', 'postinstall', 'prepare'];
    expect(Object.keys(installed.scripts).filter((name) => installTime.includes(name))).toEqual([]);
    // The repository keeps `prepare`, so that a clone or a git dependency builds dist/.
    expect(manifest.scripts.prepare).toBe('npm run build');
    expect({ ...installed, scripts: {} }).toEqual({ ...manifest, scripts: {} });
  });
});

describe('installed into an empty folder', () => {
  it('installs without compiling anything: no TypeScript, no script to approve', () => {
    expect(install.status).toBe(0);
    expect(install.stderr).not.toMatch(/install-scripts|prepare|npm run build/);
    expect(existsSync(path.join(consumer, 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(path.join(consumer, 'node_modules', 'dx-report', 'src'))).toBe(false);
    expect(readdirSync(path.join(consumer, 'node_modules', '.bin'))).toContain('dx-report');
  });

  it('prints its version, the one the changelog opens with', () => {
    expect(outcome(run('npx', ['dx-report', '--version'], consumer))).toEqual({
      status: 0,
      stdout: `${manifest.version}\n`,
      stderr: '',
    });
    const firstRelease = /^## (\S+)/m.exec(read(path.join(REPO, 'CHANGELOG.md')))?.[1];
    expect(firstRelease).toBe(manifest.version);
  });

  it('runs init, validate and build of every format as the repository does, writing the same files', async () => {
    const reference = tempFolder();
    const commands = [
      ['init', 'qb'],
      ['validate', '--data', 'qb'],
      ['build', '--data', 'qb', '--period', '2024-H1', '--format', BUILT_FORMATS.join(',')],
    ];
    // The size printed beside a file whose bytes vary from build to build varies too.
    const sizesOfVaryingFiles = (text: string) =>
      BUILT_FORMATS.filter((format) => !sameBytes(format)).reduce(
        (shown, format) => shown.replace(new RegExp(`(\\.${format}) \\([^)]*\\)`, 'g'), '$1 (…)'),
        text,
      );
    for (const args of commands) {
      const fromTarball = outcome(run('npx', ['dx-report', ...args], consumer));
      const fromRepository = await runCli(args, { cwd: reference, timeoutMs: 240_000 });
      expect({ ...fromTarball, stderr: sizesOfVaryingFiles(fromTarball.stderr) }).toEqual({
        status: 0,
        stdout: fromRepository.stdout,
        stderr: sizesOfVaryingFiles(fromRepository.stderr),
      });
    }
    const names = BUILT_FORMATS.map((format) => `bao-cao-cds-2024-H1.${format}`).sort();
    expect(readdirSync(path.join(consumer, 'reports')).sort()).toEqual(names);
    for (const format of BUILT_FORMATS) {
      const name = `bao-cao-cds-2024-H1.${format}`;
      const [packaged, built] = [consumer, reference].map((folder) =>
        readFileSync(path.join(folder, 'reports', name)),
      );
      if (sameBytes(format)) expect(packaged).toEqual(built);
      else expect(packaged!.length).toBeGreaterThan(0);
    }
  });

  it("serves the README's library example and the schemas export", () => {
    const folder = path.join(consumer, 'library');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'example.mjs'),
      [
        "import { buildReports, REPORT_FORMATS } from 'dx-report';",
        "import schema from 'dx-report/schemas/report.schema.json' with { type: 'json' };",
        "const result = await buildReports({ data: '../qb', period: '2024-H1' });",
        'const files = result.files.map((file) => file.path.slice(process.cwd().length + 1));',
        'console.log(JSON.stringify({ status: result.status, files, formats: REPORT_FORMATS, schema: schema.title }));',
        '',
      ].join('\n'),
    );
    const result = outcome(run(process.execPath, ['example.mjs'], folder));
    const schema = JSON.parse(read(path.join(REPO, 'schemas', 'report.schema.json'))) as {
      title: string;
    };
    expect(result).toEqual({
      status: 0,
      stdout: `${JSON.stringify({
        status: 'written',
        files: ['reports/bao-cao-cds-2024-H1.md'],
        formats: REPORT_FORMATS,
        schema: schema.title,
      })}\n`,
      stderr: '',
    });
    expect(read(path.join(folder, 'reports', 'bao-cao-cds-2024-H1.md'))).toBe(
      read(path.join(consumer, 'reports', 'bao-cao-cds-2024-H1.md')),
    );
  });

  it('gives a TypeScript user the types, with the strictest checks', () => {
    const folder = path.join(consumer, 'typed');
    mkdirSync(folder);
    writeFileSync(
      path.join(folder, 'example.ts'),
      [
        "import { buildReports, type BuildResult, type ReportModel } from 'dx-report';",
        "const result: BuildResult = await buildReports({ data: 'qb', period: '2024-H1', formats: ['md'] });",
        'export const model: ReportModel | undefined = result.model;',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2022',
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['example.ts'],
      }),
    );
    writeFileSync(path.join(folder, 'package.json'), '{ "type": "module" }\n');
    const tsc = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(outcome(run(process.execPath, [tsc, '-p', '.'], folder))).toEqual({
      status: 0,
      stdout: '',
      stderr: '',
    });
  });
});
