// Bundle entry of the action's post step: only dispatches.
import '../esm-shim.js'
import { exitWhenFlushed } from './exit.js'
import { run } from '../post.js'

await run()
await exitWhenFlushed()
