/** The database worker thread's entry in the app (see serve-database.ts). */
import { serveDatabase } from './serve-database';

serveDatabase();
