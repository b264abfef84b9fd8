import { describe, expect, it } from 'vitest'
import { linkedIssues } from '../../../src/github/linked-issues.js'

const repo = { owner: 'healthrt', repo: 'hub' }

describe('linkedIssues', () => {
  it.each([
    ['Closes #12', [12]],
    ['closes #12', [12]],
    ['CLOSED #12', [12]],
    [
      'close #1, fix #2, fixes #3, fixed #4, resolve #5, resolves #6, resolved #7',
      [1, 2, 3, 4, 5, 6, 7],
    ],
    ['Fixes: #8', [8]],
    ['Resolves healthrt/hub#9', [9]],
    ['Resolves HealthRT/Hub#9', [9]],
    ['Resolves other/repo#9', []],
    ['Fixes #3 and fixes #3 again', [3]],
    ['See #12, related to #13', []],
    ['prefix-closes #4', []],
    ['disclose #4', []],
    ['Fixes #40 (this PR is #40)', []],
    ['Fixes #12a', []],
    ['', []],
  ])('%j -> %j', (body, want) => expect(linkedIssues(body, repo, 40)).toEqual(want))

  it('null body', () => expect(linkedIssues(null, repo)).toEqual([]))
})
