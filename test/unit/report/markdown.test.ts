import { describe, expect, it } from 'vitest'
import type { CleanupReport } from '../../../src/engine/teardown.js'
import {
  cleanupLines,
  escapeHtml,
  renderCleanup,
  renderRunSummary,
} from '../../../src/report/markdown.js'

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

describe('renderRunSummary', () => {
  it('shows the counts, the failures and escapes what comes from outside', () => {
    const md = renderRunSummary({
      project: 'p',
      port: 8090,
      logFile: '/x/log',
      durationMs: 12_345,
      report: {
        gate_status: 'FAIL',
        task_id: null,
        working_dir: '/w',
        summary: '2 passed, 1 failed, 0 skipped, coverage not measured, lint not run',
        tests: { passed: 2, failed: 1, errors: 0, skipped: 0, total: 3 },
        failures: [
          {
            kind: 'FAIL',
            module: 'm',
            class: 'TestX',
            method: 'test_y',
            file: 'addons/m/tests/t.py',
            line: 17,
            message: 'AssertionError: <b>1</b> != 2',
          },
        ],
        coverage: { percentage: null, threshold_met: null },
        lint: { errors: null, warnings: null, exit_code: null },
        blocking_issues: ['<b>boom</b>'],
        exit_code: 1,
        duration_s: 12.3,
        result: 'failed',
        modules: ['m'],
      },
    })
    expect(md).toContain('### Odoo tests: ❌ failed')
    expect(md).toContain(
      '| Tests | 2 passed, 1 failed, 0 skipped, coverage not measured, lint not run |',
    )
    expect(md).toContain('| Duration | 12.3 s |')
    expect(md).toContain('- &#60;b&#62;boom&#60;/b&#62;')
    expect(md).toContain(
      '- FAIL `TestX.test_y` (addons/m/tests/t.py:17): AssertionError: &#60;b&#62;1&#60;/b&#62; != 2',
    )
    expect(md).not.toContain('<b>')
  })
})
