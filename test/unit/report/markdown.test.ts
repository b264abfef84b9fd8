import { describe, expect, it } from 'vitest'
import type { CleanupReport } from '../../../src/engine/teardown.js'
import { cleanupLines, escapeHtml, renderCleanup } from '../../../src/report/markdown.js'

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

describe('renderCleanup', () => {
  it('shows before/after counts and an empty grep when clean', () => {
    const md = renderCleanup(clean)
    expect(md).toContain('Cleanup verification: ✅ nothing left behind')
    expect(md).toContain('| Containers | 2 | 0 |')
    expect(md).toContain('| Volumes | 2 | 0 |')
    expect(md).toContain('`docker ps -a | grep hub-agent-test-x`: (empty)')
  })

  it('says first when something was left', () => {
    const md = renderCleanup({
      ...clean,
      after: { containers: ['a'], networks: [], volumes: [] },
      nameMatches: ['a'],
      verified: false,
    })
    expect(md.split('\n')[0]).toBe('> **Teardown left a, a behind.**')
    expect(md).toContain('❌ resources of this run are still there')
  })

  it('plain lines for the log', () => {
    expect(cleanupLines(clean)).toEqual([
      'Before teardown: 2 containers, 1 networks, 2 volumes (a, b)',
      'After teardown:  0 containers, 0 networks, 0 volumes',
      'docker ps -a | grep hub-agent-test-x: (empty)',
      'Cleanup verified: nothing of this run is left.',
    ])
  })
})
