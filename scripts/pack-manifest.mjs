// The package.json that goes into the tarball (run by the prepack and postpack
// scripts): the same, less `prepare`. `prepare` builds dist/ where the sources
// are (a clone's `npm ci`, a git dependency); a tarball already holds dist/, and
// npm lists a dependency's `prepare` among the install scripts a user is asked
// to approve, although it never runs for a tarball. `strip` keeps the exact
// text aside, `restore` puts it back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const manifest = new URL('../package.json', import.meta.url);
const kept = new URL('../.package.json.prepack', import.meta.url);
const [command] = process.argv.slice(2);

if (command === 'strip') {
  if (existsSync(kept)) {
    console.error(
      'pack-manifest: .package.json.prepack exists: an earlier npm pack did not finish. ' +
        'Run `node scripts/pack-manifest.mjs restore`, check package.json, then pack again.',
    );
    process.exit(1);
  }
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  writeFileSync(kept, text);
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (command === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
