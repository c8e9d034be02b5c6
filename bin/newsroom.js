#!/usr/bin/env node
// Runs the compiled CLI; in a source checkout that has not been built yet, falls
// back to the TypeScript sources through @swc-node/register (a devDependency).
const path = require('path');
const fs = require('fs');

const built = path.join(__dirname, '..', 'dist', 'cli', 'scripts', 'newsroom.js');
if (fs.existsSync(built)) {
  require(built);
} else {
  require('@swc-node/register');
  require(path.join(__dirname, '..', 'scripts', 'newsroom.ts'));
}
