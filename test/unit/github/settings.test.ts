import { describe, expect, it } from 'vitest'
import { InputError } from '../../../src/errors.js'
import { GITHUB_DEFAULTS, parseGithubSettings } from '../../../src/github/settings.js'

describe('parseGithubSettings', () => {
  it('defaults', () => {
    const s = parseGithubSettings({ githubToken: ' tok ' })
    expect(s).toMatchObject({
      token: 'tok',
      issueNumber: null,
      comment: 'always',
      commentMode: 'new',
      checkRun: true,
      commentAuthor: 'github-actions[bot]',
    })
    expect(s.workOrderPattern.source).toBe(GITHUB_DEFAULTS.workOrderPattern)
  })

  it.each([
    [{ issueNumber: '12' }, { issueNumber: 12 }],
    [{ issueNumber: '#7' }, { issueNumber: 7 }],
    [{ comment: 'on-failure' }, { comment: 'on-failure' }],
    [{ comment: 'never' }, { comment: 'never' }],
    [{ commentMode: 'update' }, { commentMode: 'update' }],
    [{ checkRun: 'false' }, { checkRun: false }],
    [{ checkRun: 'TRUE' }, { checkRun: true }],
    [{ commentAuthor: 'my-bot[bot]' }, { commentAuthor: 'my-bot[bot]' }],
  ])('%j', (raw, want) => expect(parseGithubSettings(raw)).toMatchObject(want))

  it.each([
    [{ issueNumber: 'abc' }, /issue-number must be a positive/],
    [{ issueNumber: '0' }, /issue-number/],
    [{ issueNumber: '-3' }, /issue-number/],
    [
      { comment: 'sometimes' },
      /comment must be one of always, on-failure, never \(got "sometimes"\)/,
    ],
    [{ commentMode: 'edit' }, /comment-mode must be one of new, update/],
    [{ checkRun: 'maybe' }, /check-run must be true or false/],
    [{ workOrderPattern: '[A-Z' }, /work-order-pattern "\[A-Z" is not a valid regular expression/],
    [{ workOrderPattern: '.*' }, /matches an empty string/],
  ])('rejects %j', (raw, message) => {
    expect(() => parseGithubSettings(raw)).toThrow(InputError)
    expect(() => parseGithubSettings(raw)).toThrow(message)
  })
})
