// Prints the size of the CDN file and each element's define module, raw and gzipped.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = ['dist/cdn/backcare-elements.js'];
for (const file of files) {
  if (!existsSync(file)) {
    console.error(`Missing build output: ${file}`);
    process.exit(1);
  }
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzipped`);
}
