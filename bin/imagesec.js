#!/usr/bin/env node
// The imagesec command. Until the package ships compiled JavaScript, it runs the TypeScript
// sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
