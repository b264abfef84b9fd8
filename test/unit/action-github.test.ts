import { afterEach, describe, expect, it, vi } from 'vitest'
import { actionRedactor, readGithubInputs } from '../../src/action/github.js'
import { GITHUB_INPUTS } from '../../src/constants.js'
import { parseGithubSettings } from '../../src/github/settings.js'

describe('action adapters', () => {
  it('reads every input by its action.yml name', () => {
    const asked: string[] = []
    const raw = readGithubInputs((name) => (asked.push(name), `v:${name}`))
    expect(asked.sort()).toEqual([...GITHUB_INPUTS].sort())
    expect(raw.workOrderPattern).toBe('v:work-order-pattern')
    expect(raw.githubToken).toBe('v:github-token')
  })

  it('the redactor knows the token and secret-looking variables', () => {
    const s = parseGithubSettings({ githubToken: '' })
    const r = actionRedactor(s, { SOME_API_KEY: 'key-value-123' })
    expect(r.redact('x key-value-123')).toBe('x ***')
  })
})

// Octokit and co. are loaded by a dynamic import(), in the background, and only
// with a token: these tests see which modules proof.ts pulls in, and when.
describe('the GitHub API client loads lazily', () => {
  const TOKEN = 'INPUT_GITHUB-TOKEN'
  afterEach(() => {
    delete process.env[TOKEN]
    vi.doUnmock('../../src/github/octokit.js')
    vi.restoreAllMocks()
    vi.resetModules()
  })

  async function freshProof() {
    vi.resetModules()
    const loaded: string[] = []
    vi.doMock('../../src/github/octokit.js', async (original) => {
      loaded.push('octokit')
      return original()
    })
    return { proof: await import('../../src/action/proof.js'), loaded }
  }

  it('no token: nothing loaded, no API client (the summary is still rendered)', async () => {
    const { proof, loaded } = await freshProof()
    const gh = proof.setupGithubProof()
    expect(await gh.api).toBeNull()
    proof.preloadGithubApi()
    await new Promise((r) => setTimeout(r, 20))
    expect(loaded).toEqual([])
  })

  it('a token: setup starts the load and the client comes when awaited', async () => {
    process.env[TOKEN] = 'not-a-real-token-1234'
    vi.spyOn(process.stdout, 'write').mockReturnValue(true) // the ::add-mask:: line
    const { proof, loaded } = await freshProof()
    expect(loaded).toEqual([]) // importing proof.ts does not load it
    const gh = proof.setupGithubProof()
    const api = await gh.api
    expect(typeof api?.createComment).toBe('function')
    expect(loaded).toEqual(['octokit'])
  })

  it('post preloads once and only with a token', async () => {
    const { proof } = await freshProof()
    proof.preloadGithubApi()
    process.env[TOKEN] = 'not-a-real-token-1234'
    proof.preloadGithubApi()
    expect(proof.loadGithubApi()).toBe(proof.loadGithubApi())
    expect(typeof (await proof.loadGithubApi()).actionGithubApi).toBe('function')
  })
})
