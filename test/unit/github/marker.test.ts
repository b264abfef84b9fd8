import { describe, expect, it } from 'vitest'
import {
  parseMarker,
  renderMarker,
  sameJobAndModules,
  sameRun,
} from '../../../src/github/marker.js'

const fields = {
  job: 'odoo-tests',
  modules: ['traction', 'hub_compliance'],
  project: 'hub-agent-test-1',
}

describe('marker', () => {
  it('renders a hidden HTML comment with sorted modules', () => {
    expect(renderMarker(fields)).toBe(
      '<!-- resilient-test-runner:v1 job=odoo-tests modules=hub_compliance,traction project=hub-agent-test-1 -->',
    )
  })

  it('round-trips odd job names without breaking the HTML comment', () => {
    const odd = { job: 'a b-->c', modules: ['m'], project: 'p' }
    const m = renderMarker(odd)
    expect(m.slice(4, -4)).not.toContain('-->')
    expect(parseMarker(`text\n${m}\nmore`)).toEqual(odd)
  })

  it.each([
    ['no marker', null],
    ['<!-- resilient-test-runner:v2 job=a modules=b project=c -->', null],
    ['<!-- resilient-test-runner:v1 job=a modules=b project=%E0%A4%A -->', null],
  ])('%j -> %j', (body, want) => expect(parseMarker(body)).toBe(want))

  const body = (over: Partial<typeof fields>) => renderMarker({ ...fields, ...over })

  it.each([
    [body({}), true, true],
    [body({ project: 'hub-agent-test-2' }), true, false],
    [body({ modules: ['hub_compliance', 'traction'] }), true, true],
    [body({ modules: ['traction'] }), false, false],
    [body({ job: 'other' }), false, false],
    ['plain comment', false, false],
  ])('%s: same job+modules %j, same run %j', (b, job, run) => {
    expect(sameJobAndModules(b, fields)).toBe(job)
    expect(sameRun(b, fields)).toBe(run)
  })
})
