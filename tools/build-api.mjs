// Compiles the API (and the libs it imports) with swc: TypeScript with
// decorator metadata, CommonJS out, @opsplan/* paths rewritten to relative
// requires. Output mirrors the repo layout under dist/apps/api.
import { transformFile } from '@swc/core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere (inside the checkout, so node_modules resolves): a test
// that starts API processes builds its own copy and leaves dist/ to others.
const outFlag = process.argv.indexOf('--out');
const outRoot = outFlag > 0 ? path.resolve(root, process.argv[outFlag + 1]) : path.join(root, 'dist/apps/api');
const sources = ['apps/api/src', 'libs/domain/src'];

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === '__tests__') continue;
      yield* walk(full);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
      yield full;
    }
  }
}

const started = Date.now();
fs.rmSync(outRoot, { recursive: true, force: true });
let count = 0;
for (const src of sources) {
  for (const file of walk(path.join(root, src))) {
    const rel = path.relative(root, file);
    const outFile = path.join(outRoot, rel.replace(/\.ts$/, '.js'));
    const domainIndex = path.relative(path.dirname(outFile), path.join(outRoot, 'libs/domain/src/index.js'));
    const { code, map } = await transformFile(file, {
      sourceMaps: true,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        keepClassNames: true,
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    });
    const rewritten = code.replace(/require\("@opsplan\/domain"\)/g, `require(${JSON.stringify(domainIndex.startsWith('.') ? domainIndex : `./${domainIndex}`)})`);
    fs.mkdirSync(path.dirname(outFile), { recursive: true });
    fs.writeFileSync(outFile, `${rewritten}\n//# sourceMappingURL=${path.basename(outFile)}.map`);
    fs.writeFileSync(`${outFile}.map`, map);
    count += 1;
  }
}
fs.writeFileSync(path.join(outRoot, 'package.json'), JSON.stringify({ type: 'commonjs', private: true }));
console.log(`api built: ${count} files in ${Date.now() - started} ms`);
