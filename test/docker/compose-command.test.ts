// The compose command on a real host (src/compose/command.ts): where the
// install script (and GitHub's runners) put Compose v2, the plugin binary is
// started directly, answers as v2 and reads a project exactly as
// `docker compose` does.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { composeCommand } from '../../src/compose/command.js'
import { checkComposeV2, runCompose } from '../../src/compose/compose.js'
import { FIXTURE_COMPOSE } from '../helpers/action-case.js'

describe('compose command on this host', () => {
  it('is the plugin binary, and it answers as Compose v2', async () => {
    const cmd = composeCommand()
    expect(cmd.prefix).toEqual([])
    expect(cmd.file).toMatch(/\/cli-plugins\/docker-compose$/)
    expect(await checkComposeV2()).toMatch(/^2\./)
  })

  it('reads the fixture project exactly as `docker compose config` does', async () => {
    const target = {
      project: 'rtr-cmd-check',
      files: [FIXTURE_COMPOSE],
      workingDirectory: '/',
      port: 8499,
    }
    const chunks: Buffer[] = []
    const res = await runCompose(target, ['config', '--format', 'json'], {
      onOutput: (c) => void chunks.push(c),
    })
    expect(res.exitCode).toBe(0)
    const viaCli = execFileSync(
      'docker',
      ['compose', '-p', target.project, '-f', FIXTURE_COMPOSE, 'config', '--format', 'json'],
      {
        env: { ...process.env, RTR_HOST_PORT: '8499', RTR_PROJECT: target.project },
        encoding: 'utf8',
      },
    )
    expect(JSON.parse(Buffer.concat(chunks).toString('utf8'))).toEqual(JSON.parse(viaCli))
  })
})
