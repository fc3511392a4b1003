#!/usr/bin/env node
// The imagesec command: the compiled CLI (dist/), or the TypeScript sources when Node runs with
// `--conditions=imagesec-source --import tsx`, as the repository's tests and scripts do (see the
// `#cli` entry of package.json "imports").
import { main } from '#cli';

process.exitCode = await main(process.argv.slice(2));
