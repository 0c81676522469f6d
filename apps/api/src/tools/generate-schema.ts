import fs from 'node:fs';
import path from 'node:path';
import { printApiSchema } from './schema-printer';

/** Writes apps/api/schema.gql; run through `npm run generate`. */
async function main(): Promise<void> {
  const target = path.resolve(process.cwd(), 'apps/api/schema.gql');
  fs.writeFileSync(target, await printApiSchema());
  console.log(`schema written to ${path.relative(process.cwd(), target)}`);
}

void main();
