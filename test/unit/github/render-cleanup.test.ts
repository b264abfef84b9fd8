import { describe, expect, it } from 'vitest'
import { renderMarker } from '../../../src/github/marker.js'
import {
  CLEANUP_RESERVE,
  renderCleanupAlert,
  renderCleanupSection,
  spliceCleanup,
} from '../../../src/github/render-cleanup.js'
import { LIMITS, renderProof } from '../../../src/github/render-proof.js'
import { cleanup, ctx, dirtyCleanup, proof } from './fixtures.js'

const marker = renderMarker({ job: 'j', modules: ['traction'], project: 'p' })
const mainBody = (maxChars: number = LIMITS.comment - CLEANUP_RESERVE) =>
  renderProof(proof(), ctx(), { variant: 'comment', maxChars, marker, cleanup: 'pending' })

describe('renderCleanupSection', () => {
  it('before/after per resource, the grep, the verdict', () => {
    const md = renderCleanupSection(cleanup())
    expect(md).toContain('#### Cleanup verification: ✅ nothing of this run is left')
    expect(md).toContain(
      '| Containers | 2 (<code>hub-agent-test-x-odoo-1</code>, <code>hub-agent-test-x-db-1</code>) | 0 |',
    )
    expect(md).toContain('| Networks | 1 (<code>hub-agent-test-x_default</code>) | 0 |')
    expect(md).toContain('| Volumes | 1 (<code>hub-agent-test-x_data</code>) | 0 |')
    expect(md).toContain(
      '<code>docker ps -a &#124; grep hub-agent-test-20250101t000000z-987654-1-abcd</code>: (empty)',
    )
  })

  it('leftovers, forced removals and warnings', () => {
    const md = renderCleanupSection({
      ...dirtyCleanup(),
      forced: ['volume v'],
      warnings: ['compose down exited with 1'],
    })
    expect(md).toContain('❌ resources of this run are still there')
    expect(md).toContain(
      '| Containers | 2 (<code>hub-agent-test-x-odoo-1</code>, <code>hub-agent-test-x-db-1</code>) | 1 (<code>hub-agent-test-x-odoo-1</code>) |',
    )
    expect(md).toContain(': <code>hub-agent-test-x-odoo-1</code>')
    expect(md).toContain('Force-removed after compose down: <code>volume v</code>')
    expect(md).toContain('- ⚠️ compose down exited with 1')
  })

  it('stays bounded with thousands of leftovers', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `container-${i}-${'x'.repeat(100)}`)
    const c = cleanup({
      before: { containers: many, networks: many, volumes: many },
      after: { containers: many, networks: many, volumes: many },
      nameMatches: many,
      forced: many,
      warnings: many,
      verified: false,
    })
    expect(renderCleanupSection(c).length + renderCleanupAlert(c).length).toBeLessThanOrEqual(
      CLEANUP_RESERVE,
    )
  })
})

describe('spliceCleanup', () => {
  it('replaces the pending placeholder, keeps the rest', () => {
    const body = mainBody()
    const out = spliceCleanup(body, cleanup())
    expect(out).not.toContain('_Pending')
    expect(out).toContain('#### Cleanup verification: ✅')
    expect(out.startsWith(marker)).toBe(true)
    expect(out).toContain('### ❌ Odoo tests failed')
  })

  it('a failed teardown is said FIRST: right after the marker, before the verdict', () => {
    const out = spliceCleanup(mainBody(), dirtyCleanup())
    const lines = out.split('\n')
    expect(lines[0]).toBe(marker)
    expect(
      out.indexOf(
        '**Teardown left resources of this run behind:** <code>hub-agent-test-x-odoo-1</code>',
      ),
    ).toBeLessThan(out.indexOf('### ❌ Odoo tests failed'))
    expect(out).toContain('down -v --remove-orphans')
  })

  it('is idempotent: a second post run replaces, never duplicates', () => {
    const once = spliceCleanup(mainBody(), dirtyCleanup())
    const twice = spliceCleanup(once, dirtyCleanup())
    expect(twice).toBe(once)
    const healed = spliceCleanup(once, cleanup())
    expect(healed).not.toContain('Teardown left')
    expect(healed.match(/Cleanup verification/g)).toHaveLength(1)
  })

  it('appends to a body without placeholder', () => {
    expect(spliceCleanup('### old body', cleanup())).toMatch(
      /^### old body\n\n<!-- resilient-test-runner:cleanup:start -->/,
    )
  })

  it('main leaves room for it: the full body stays under the comment limit', () => {
    const p = proof({ log: { text: 'x\n'.repeat(200_000), totalBytes: 400_000 } })
    const body = renderProof(p, ctx(), {
      variant: 'comment',
      maxChars: LIMITS.comment - CLEANUP_RESERVE,
      marker,
      cleanup: 'pending',
    })
    const many = Array.from({ length: 500 }, (_, i) => `leftover-${i}`)
    const out = spliceCleanup(
      body,
      { ...dirtyCleanup(), after: { containers: many, networks: many, volumes: many } },
      LIMITS.comment,
    )
    expect(out.length).toBeLessThanOrEqual(LIMITS.comment)
    expect(out).toContain('… 490 more')
  })

  it('cuts what comes before the cleanup when a body is too long anyway', () => {
    const out = spliceCleanup(`${marker}\n${'y'.repeat(10_000)}`, cleanup(), 5_000)
    expect(out.length).toBeLessThanOrEqual(5_000)
    expect(out).toContain('#### Cleanup verification: ✅')
  })
})
