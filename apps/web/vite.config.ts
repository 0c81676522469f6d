import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { graphqlDocuments } from './vite/graphqlDocuments';
import { initialLoadBudget } from './vite/initialLoadBudget';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const api = { target: 'http://localhost:3000', changeOrigin: true, ws: true };

export default defineConfig({
  root: fromHere('.'),
  plugins: [graphqlDocuments({ generatedDir: fromHere('src/gql/') }), react(), initialLoadBudget({ maxGzipKb: 250 })],
  resolve: {
    alias: {
      '@opsplan/domain': fromHere('../../libs/domain/src/index.ts'),
    },
  },
  // The API's routes: GraphQL, letter PDFs and budget workbooks (none clashes with a page's path).
  server: { port: 4200, proxy: { '/graphql': api, '/letters': api, '/budgets': api } },
  preview: { port: 4300, proxy: { '/graphql': api, '/letters': api, '/budgets': api } },
  build: {
    outDir: fromHere('../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    // react-dom and antd's form make the entry ~740 kB before compression;
    // what matters is the gzip budget that initialLoadBudget enforces.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // The shared domain rules have no side effects when imported (their
      // lint rules keep them pure), nor does decimal.js: a page that uses none
      // of, say, the budget engine then carries none of it.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/](libs[\\/]domain[\\/]src|node_modules[\\/]decimal\.js)[\\/]/.test(id) },
    },
  },
  test: {
    environment: 'jsdom',
    reporters: ['default'],
    include: ['src/**/__tests__/**/*.spec.ts', 'src/**/__tests__/**/*.spec.tsx'],
    setupFiles: ['src/test/setup.ts'],
  },
});
