import { describe, expect, it } from 'vitest'
import type { CleanupReport } from '../../../src/engine/teardown.js'
import { cleanupLines, escapeHtml } from '../../../src/report/markdown.js'

const clean: CleanupReport = {
  project: 'hub-agent-test-x',
  before: { containers: ['a', 'b'], networks: ['n'], volumes: ['v1', 'v2'] },
  after: { containers: [], networks: [], volumes: [] },
  forced: [],
  nameMatches: [],
  verified: true,
  warnings: [],
}

describe('escapeHtml', () => {
  it.each([
    ['<script>', '&#60;script&#62;'],
    ['a|b', 'a&#124;b'],
    ['plain', 'plain'],
  ])('%j -> %j', (raw, out) => expect(escapeHtml(raw)).toBe(out))
})

describe('cleanupLines', () => {
  it('plain lines for the log', () => {
    expect(cleanupLines(clean)).toEqual([
      'Before teardown: 2 containers, 1 networks, 2 volumes (a, b)',
      'After teardown:  0 containers, 0 networks, 0 volumes',
      'docker ps -a | grep hub-agent-test-x: (empty)',
      'Cleanup verified: nothing of this run is left.',
    ])
  })
})
