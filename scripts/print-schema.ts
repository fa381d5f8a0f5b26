// Prints the GraphQL schema, sorted so the diff is stable, to schema.graphql (or --stdout).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { buildSortedSchema } from '../src/graphql/schema.js';

const text = `${printSchema(buildSortedSchema())}\n`;
if (process.argv.includes('--stdout')) {
  process.stdout.write(text);
} else {
  const out = fileURLToPath(new URL('../schema.graphql', import.meta.url));
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
