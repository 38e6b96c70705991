import { main } from './verbatim';

main();
