import type { Migration } from 'kysely';
import * as m0001 from './0001_data_model.js';

// Every migration, in order. Forward-only: never edit one that has landed; add a new file and
// list it here. Names sort in the order they must run.
export const migrations: Record<string, Migration> = {
  '0001_data_model': m0001,
};
