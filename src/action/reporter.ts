// The engine's reporter on the job log. Output of the tests and of compose is
// echoed between `::stop-commands::` markers: a test that prints
// `::add-mask::` or `::error::` must not be able to drive the runner.
import { randomUUID } from 'node:crypto'
import * as core from '@actions/core'
import type { Reporter } from '../engine/reporter.js'

export function actionReporter(
  write: (s: string | Buffer) => void = (s) => process.stdout.write(s),
): Reporter {
  let token: string | undefined
  const resume = () => {
    if (token) write(`\n::${token}::\n`)
    token = undefined
  }
  return {
    info: (m) => (resume(), core.info(m)),
    warning: (m) => (resume(), core.warning(m)),
    group: async (title, fn) => {
      resume()
      core.startGroup(title)
      try {
        return await fn()
      } finally {
        resume()
        core.endGroup()
      }
    },
    output: (chunk) => {
      if (!token) {
        token = randomUUID()
        write(`::stop-commands::${token}\n`)
      }
      write(chunk)
    },
  }
}
