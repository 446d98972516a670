#!/usr/bin/env node
// The command line is compiled to lib/ by `npm ci` (the prepare script).
require('../lib/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
