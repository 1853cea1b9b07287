// Minifies the scripts that visitors' browsers load into the build output, so they are served small while
// src/main/resources/static keeps them readable. Run by the Maven build (pom.xml, execution minify-tracker-scripts)
// with terser installed under <terser home>/node_modules:
//   node src/build/minify.mjs <terser home> <source static dir> <output static dir>
// Minified: every static/*.js (t.js, consent.js and the compatibility trackers) and static/js/script*.js, each written
// with a gzip copy (.gz) that the server sends to browsers accepting it. (No Brotli copy: Spring's
// EncodedResourceResolver follows the order of the browser's Accept-Encoding, where every browser names gzip first.)
// A script terser cannot parse fails the build.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const [terserHome, sourceDir, outputDir] = process.argv.slice(2);
const { minify } = createRequire(resolve(terserHome, 'package.json'))('terser');

const scripts = (dir, pattern) => (existsSync(join(sourceDir, dir))
  ? readdirSync(join(sourceDir, dir)).filter((name) => pattern.test(name)).map((name) => join(dir, name))
  : []);

// ecma 2017: terser may use syntax up to ES2017 in what it writes, never newer than the sources use themselves
const options = {
  ecma: 2017,
  compress: { passes: 3 },
  mangle: true,
  format: { comments: /^!/ },
};

const bytes = (n) => n.toLocaleString('en') + ' B';
for (const path of [...scripts('.', /\.js$/), ...scripts('js', /^script.*\.js$/)]) {
  const source = readFileSync(join(sourceDir, path), 'utf8');
  const { code } = await minify({ [path]: source }, options);
  const target = join(outputDir, path);
  mkdirSync(dirname(target), { recursive: true });
  const gzip = gzipSync(code, { level: 9 });
  writeFileSync(target, code);
  writeFileSync(target + '.gz', gzip);
  console.log(`minified ${path}: ${bytes(Buffer.byteLength(source))} -> ${bytes(Buffer.byteLength(code))}, `
    + `${bytes(gzip.length)} gzipped`);
}
