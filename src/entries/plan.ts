// Bundle entry of the plan action (plan/action.yml): only dispatches.
import '../esm-shim.js'
import { exitWhenFlushed } from './exit.js'
import { runPlan } from '../action/plan.js'

await runPlan()
await exitWhenFlushed()
