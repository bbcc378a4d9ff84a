#!/usr/bin/env node
// The `annalist` command: a thin launcher for the bundled CLI (`npm run build` makes it).
require('../dist/cli.js').run();
