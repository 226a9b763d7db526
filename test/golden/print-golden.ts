// Prints every golden stack's synthesized JSON as a JSON object (file name -> text), for the
// stability test, which runs it in a separate process with another directory, time zone and locale.
import { GOLDEN_STACKS, synthGolden } from './example-stacks';

process.stdout.write(JSON.stringify(Object.fromEntries(GOLDEN_STACKS.map((g) => [g.file, synthGolden(g)]))));
