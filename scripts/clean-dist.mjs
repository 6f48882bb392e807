// Removes dist/ before `npm pack` builds it again (the prepack script): an
// incremental build keeps the output of a source file that no longer exists,
// and a tarball must hold only what the sources make today.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
