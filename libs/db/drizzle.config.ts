import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './libs/db/src/lib/schema.ts',
  out: './libs/db/migrations',
});
