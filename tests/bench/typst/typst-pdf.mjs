// Typst, the peer of tests/bench/compare.sh: one Node process, one compiler, every .typ file given, to PDF.
// Usage: node typst-pdf.mjs FONT_DIR OUT_DIR FILE.typ...   (a single file is a cold run; many are one warm process)
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const [fontDir, outDir, ...files] = process.argv.slice(2);
if (!fontDir || !outDir || files.length === 0) {
  console.error('usage: node typst-pdf.mjs FONT_DIR OUT_DIR FILE.typ...');
  process.exit(2);
}
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir] }] });
for (const file of files) {
  const pdf = compiler.pdf({ mainFileContent: readFileSync(file, 'utf8') });
  writeFileSync(join(outDir, basename(file, '.typ') + '.pdf'), pdf);
  // Typst keeps compiled pieces for reuse; without eviction a long batch grows without bound.
  compiler.evictCache(10);
}
