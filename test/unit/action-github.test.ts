import { describe, expect, it } from 'vitest'
import { actionPublishDeps, actionRedactor, readGithubInputs } from '../../src/action/github.js'
import { GITHUB_INPUTS } from '../../src/constants.js'
import { parseGithubSettings } from '../../src/github/settings.js'
import { ctx } from './github/fixtures.js'

describe('action adapters', () => {
  it('reads every input by its action.yml name', () => {
    const asked: string[] = []
    const raw = readGithubInputs((name) => (asked.push(name), `v:${name}`))
    expect(asked.sort()).toEqual([...GITHUB_INPUTS].sort())
    expect(raw.workOrderPattern).toBe('v:work-order-pattern')
    expect(raw.githubToken).toBe('v:github-token')
  })

  it('no token: no API client', () => {
    const s = parseGithubSettings({ githubToken: '' })
    expect(actionPublishDeps(s, ctx(), actionRedactor(s, {})).api).toBeNull()
  })

  it('the redactor knows the token and secret-looking variables', () => {
    const s = parseGithubSettings({ githubToken: '' })
    const r = actionRedactor(s, { SOME_API_KEY: 'key-value-123' })
    expect(r.redact('x key-value-123')).toBe('x ***')
  })
})
