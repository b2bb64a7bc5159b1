// Runs before `npm start` and `npm run dist`: says in one line which Node the project needs when the one
// running is older (the version lives once, in package.json `engines.node`), instead of a cryptic failure
// deep inside the build.
import { readFileSync } from 'node:fs';
import semver from 'semver';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = pkg.engines?.node;
const running = process.versions.node;

if (wanted && !semver.satisfies(running, wanted)) {
  console.error(
    `ПрофПроба: нужен Node.js ${wanted}, а запущен ${running}. Установите Node.js LTS с https://nodejs.org/ и повторите.\n` +
      `ПрофПроба needs Node.js ${wanted}; this is ${running}. Install a Node.js LTS from https://nodejs.org/ and retry.`,
  );
  process.exit(1);
}
