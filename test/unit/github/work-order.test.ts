import { describe, expect, it } from 'vitest'
import { parseWorkOrderPattern, GITHUB_DEFAULTS } from '../../../src/github/settings.js'
import {
  issuesForWorkOrder,
  titleNamesWorkOrder,
  workOrderFromBranch,
} from '../../../src/github/work-order.js'

const pattern = parseWorkOrderPattern(GITHUB_DEFAULTS.workOrderPattern)

describe('workOrderFromBranch', () => {
  it.each([
    ['feature/SYSTEM-002-CODE-02-hub-resilient-test-runner', 'SYSTEM-002-CODE-02'],
    ['SYSTEM-002-CODE-02', 'SYSTEM-002-CODE-02'],
    ['fix/HUB2-123-API-07_retry', 'HUB2-123-API-07'],
    ['main', null],
    ['feature/system-002-code-02-lowercase', null],
    ['feature/SYSTEM-02-CODE-02', null],
    ['', null],
    [null, null],
  ])('%j -> %j', (branch, want) => expect(workOrderFromBranch(branch, pattern)).toBe(want))

  it('uses the first capturing group when the pattern has one', () => {
    expect(workOrderFromBranch('wo/42-thing', /wo\/(\d+)/)).toBe('42')
  })

  it('is not fooled by a global flag (stateful lastIndex)', () => {
    const g = /[A-Z]+-\d{3}/g
    expect(workOrderFromBranch('x/ABC-123', g)).toBe('ABC-123')
    expect(workOrderFromBranch('x/ABC-123', g)).toBe('ABC-123')
  })
})

describe('titleNamesWorkOrder', () => {
  const id = 'SYSTEM-002-CODE-02'
  it.each([
    ['SYSTEM-002-CODE-02: hub resilient test runner', true],
    ['[SYSTEM-002-CODE-02] runner', true],
    ['Work order system-002-code-02', true],
    ['SYSTEM-002-CODE-021 something else', false],
    ['XSYSTEM-002-CODE-02', false],
    ['SYSTEM-002-CODE-03', false],
  ])('%j -> %j', (title, want) => expect(titleNamesWorkOrder(title, id)).toBe(want))
})

describe('issuesForWorkOrder', () => {
  it('keeps the matching issues, oldest first', () => {
    const issues = [
      { number: 9, title: 'SYSTEM-002-CODE-02 follow-up' },
      { number: 3, title: 'other' },
      { number: 5, title: 'SYSTEM-002-CODE-02 main' },
    ]
    expect(issuesForWorkOrder(issues, 'SYSTEM-002-CODE-02').map((i) => i.number)).toEqual([5, 9])
  })
})
