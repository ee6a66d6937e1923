import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The end-to-end suites test the built extension: say how to get it rather than fail obscurely. */
export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build\` (and \`npm run build:firefox\`) first, or use \`npm test\`, which builds.`);
  }
}
