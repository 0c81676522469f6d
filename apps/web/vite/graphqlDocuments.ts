import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Does for Vite what the client preset's Babel plugin does for Babel users:
 * each graphql(`query Name …`) call becomes an import of just that document.
 * Without it, every page would pull src/gql/gql.ts (the map of all documents)
 * into the entry chunk. Each document is served as its own module, read from
 * the generated graphql.ts, so it lands only in the chunks that use it.
 */
export function graphqlDocuments({ generatedDir }: { generatedDir: string }): Plugin {
  const generatedFile = `${generatedDir}graphql.ts`;
  const prefix = 'virtual:opsplan-gql/';
  const resolvedPrefix = `\0${prefix}`;
  return {
    name: 'opsplan:graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(resolvedPrefix)) return null;
      const name = id.slice(resolvedPrefix.length);
      this.addWatchFile(generatedFile);
      const generated = readFileSync(generatedFile, 'utf8');
      const match = new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode<`, 'm').exec(generated);
      if (!match) this.error(`${name} is not in ${generatedFile}; run the codegen (nx run web:generate).`);
      return `export default ${match[1]};`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(generatedDir) || !code.includes('graphql(`')) return null;
      const imports: string[] = [];
      const output = code.replace(/\bgraphql\(\s*`([\s\S]*?)`\s*\)/g, (call, body: string) => {
        const definition = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(body);
        if (!definition) return call;
        const name = `${definition[2]}${definition[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        imports.push(`import __gql_${name} from '${prefix}${name}';`);
        return `__gql_${name}`;
      });
      if (imports.length === 0) return null;
      // The generated graphql() is no longer called, so its import goes too.
      const rest = output.replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*gql(\/index)?['"];?/, '');
      // Kept on the first line so line numbers in stack traces still match the source.
      return { code: `${imports.join(' ')} ${rest}`, map: null };
    },
  };
}
