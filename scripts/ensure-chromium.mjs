#!/usr/bin/env node
// Makes sure Debian's Chromium and a CJK font are present, and with --firefox Debian's firefox-esr
// (the end-to-end tests run the Firefox build in it): installs them with apt-get when missing and
// we are root, otherwise says exactly what to install. Plain JS so it runs before npm ci's tools.
import { execSync } from 'node:child_process';

const has = (cmd) => {
  try {
    execSync(cmd, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const missing = [];
if (!has('command -v chromium')) missing.push('chromium');
if (!has('fc-list :lang=zh | grep -q .')) missing.push('fonts-noto-cjk');
if (process.argv.includes('--firefox') && !has('command -v firefox-esr')) missing.push('firefox-esr');
if (missing.length === 0) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (!isRoot) {
  console.error(
    `ChurnLens needs Debian's ${missing.join(' and ')} to run the extension in real browsers.\n` +
      `Install with:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} with apt-get…`);
try {
  execSync('apt-get update -qq', { stdio: 'inherit' });
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
} catch {
  console.error(`apt-get could not install ${missing.join(' ')}; install them by hand and try again.`);
  process.exit(1);
}
