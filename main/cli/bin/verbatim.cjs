#!/usr/bin/env node
// Launcher for the bundled CLI, built by `npm install` (prepare) or `npm run build`.
require('../../../dist/cli/verbatim.cjs');
