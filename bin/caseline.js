#!/usr/bin/env node
// Runs the TypeScript CLI host directly: tsx compiles on load, so there is no build step
// between `npm install` and `npx caseline`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
