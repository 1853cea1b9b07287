// The scripts visitors' browsers load, as the tests read them: the readable sources under src/main/resources/static,
// or, with CUSTODIAN_STATIC=<dir>, the same files in another place, such as the build's minified output
// (target/classes/static: the Maven build runs every test both ways).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STATIC_DIR = process.env.CUSTODIAN_STATIC
  ? resolve(process.env.CUSTODIAN_STATIC)
  : fileURLToPath(new URL('../../main/resources/static/', import.meta.url));

/** The text of static/<path>. */
export const staticSource = (path) => readFileSync(resolve(STATIC_DIR, path), 'utf8');

/** Lets every pending promise callback run; no wall-clock wait. */
export const settle = () => new Promise((r) => setImmediate(r));
