// npm run schema: writes schema/record.schema.json from the record's TypeBox schemas
// (src/record/schema.ts). test/record/schema-file.test.ts fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { recordSchemaText } from '../src/record/schema.js';

const file = new URL('../schema/record.schema.json', import.meta.url);
writeFileSync(file, recordSchemaText());
console.log(`wrote ${file.pathname}`);
