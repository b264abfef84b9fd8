// Bundle entry of the action's main step: only dispatches.
import '../esm-shim.js'
import { exitWhenFlushed } from './exit.js'
import { run } from '../main.js'

await run()
await exitWhenFlushed()
