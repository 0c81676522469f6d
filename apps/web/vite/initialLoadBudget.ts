import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Fails a production build when the JavaScript a first visit downloads (the
 * entry chunk, everything it imports statically, and the larger of the
 * language dictionaries it loads before rendering; lazy routes excluded)
 * grows past the budget. That is what the sign-in page costs on a slow phone.
 * Builds with NODE_ENV=test (the browser tests) bundle React's development
 * code, so there the size is only reported.
 */
export function initialLoadBudget({ maxGzipKb }: { maxGzipKb: number }): Plugin {
  let enforce = true;
  return {
    name: 'opsplan:initial-load-budget',
    apply: 'build',
    configResolved(config) {
      enforce = config.isProduction;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])),
      );
      const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
      if (!entry) return;
      const loaded = new Set<string>();
      const visit = (fileName: string) => {
        if (loaded.has(fileName)) return;
        loaded.add(fileName);
        chunks.get(fileName)?.imports.forEach(visit);
      };
      visit(entry.fileName);
      const gzipped = (fileName: string) => gzipSync(chunks.get(fileName)?.code ?? '').length;
      // The first render also waits for one language's strings, a chunk of their own: count the larger.
      const dictionaries = [...chunks.values()].filter((chunk) => /[\\/]i18n[\\/]locales[\\/]/.test(chunk.facadeModuleId ?? ''));
      const dictionary = dictionaries.map((chunk) => gzipped(chunk.fileName)).reduce((a, b) => Math.max(a, b), 0);
      const bytes = [...loaded].reduce((sum, fileName) => sum + gzipped(fileName), 0) + dictionary;
      const kb = bytes / 1024;
      const summary = `initial JS ${kb.toFixed(1)} KB gzip in ${loaded.size + (dictionary ? 1 : 0)} file(s) (budget ${maxGzipKb} KB)`;
      if (kb > maxGzipKb && enforce) this.error(`${summary}. Move something behind a lazy route.`);
      this.info(enforce ? summary : `${summary}, not enforced: non-production build`);
    },
  };
}
