// Bundle entry of the watchdog process: only dispatches.
import '../esm-shim.js'
import { exitWhenFlushed } from './exit.js'
import { run } from '../watchdog.js'

await run(process.argv[2])
await exitWhenFlushed()
