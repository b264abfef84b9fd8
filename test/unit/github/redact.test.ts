import { describe, expect, it, vi } from 'vitest'
import { createRedactor, Redactor } from '../../../src/github/redact.js'

const ghp = `ghp_${'a1B2'.repeat(9)}`
const pat = `github_pat_${'A1_b'.repeat(6)}`

describe('Redactor', () => {
  const r = createRedactor({
    secrets: ['s3cr3t-token-value', 'multi\nline-secret', 'a&b<c'],
    env: {
      GITHUB_TOKEN: 'env-token-value',
      DB_PASSWORD: 'hunter22',
      AWS_SECRET_ACCESS_KEY: 'AKIAXYZ/abc+def',
      MY_CREDENTIALS: 'cred-value',
      SSH_PASSPHRASE: 'passphrase-value',
      SHORT_TOKEN: '1',
      THREE_KEY: 'abc',
      PATH: '/usr/bin:/bin',
      HOME: '/home/runner',
    },
  })

  it.each([
    ['token s3cr3t-token-value here', 'token *** here'],
    ['env-token-value', '***'],
    ['password=hunter22;', 'password=***;'],
    ['key AKIAXYZ/abc+def end', 'key *** end'],
    ['cred-value passphrase-value', '*** ***'],
    ['first line: multi', 'first line: ***'],
    ['second: line-secret', 'second: ***'],
    ['escaped? a&b<c', 'escaped? ***'],
    ['url-encoded: s3cr3t-token-value', 'url-encoded: ***'],
    [`shape ${ghp}`, 'shape ***'],
    [`shape ${pat}!`, 'shape ***!'],
    [
      `gho_${'x'.repeat(36)} ghs_${'Y'.repeat(40)} ghu_${'1'.repeat(36)} ghr_${'z'.repeat(36)}`,
      '*** *** *** ***',
    ],
    ['ghp_tooshort', 'ghp_tooshort'],
    ['1 + 1 = 2, abc', '1 + 1 = 2, abc'],
    ['/usr/bin:/bin /home/runner', '/usr/bin:/bin /home/runner'],
  ])('%j -> %j', (input, want) => expect(r.redact(input)).toBe(want))

  it('hides a secret containing another one whole', () => {
    const x = new Redactor().add('abcd').add('abcdefgh')
    expect(x.redact('abcdefgh abcd')).toBe('*** ***')
  })

  it('redacts every string of a JSON value, keys included', () => {
    const report = {
      summary: 'failed with hunter22',
      failures: [{ message: `token ${ghp}`, line: 3 }],
      nested: { 'env-token-value': null, ok: true },
    }
    expect(r.redactJson(report)).toEqual({
      summary: 'failed with ***',
      failures: [{ message: 'token ***', line: 3 }],
      nested: { '***': null, ok: true },
    })
  })

  it('register() masks the value in the job log too', () => {
    const setSecret = vi.fn()
    const x = new Redactor().register('registered-value', setSecret)
    expect(setSecret).toHaveBeenCalledWith('registered-value')
    expect(x.redact('a registered-value b')).toBe('a *** b')
  })

  it('ignores empty values', () => {
    const x = new Redactor().add('').add(undefined).add(null)
    expect(x.size).toBe(0)
    expect(x.redact('text')).toBe('text')
  })
})
