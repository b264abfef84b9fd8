import { describe, expect, it } from 'vitest'
import {
  parsePublishState,
  serializePublishState,
  type PublishState,
} from '../../../src/github/state.js'

const state: PublishState = {
  version: 1,
  marker: { job: 'j', modules: ['traction'], project: 'p' },
  result: 'failed',
  targets: [{ number: 7, kind: 'pull-request', source: 'event' }],
  comments: [{ issue: 7, kind: 'pull-request', commentId: 1001, url: 'u' }],
  checkRunId: 55,
}

describe('publish state', () => {
  it('round-trips', () => expect(parsePublishState(serializePublishState(state))).toEqual(state))

  it.each([
    [undefined],
    [''],
    ['not json'],
    [JSON.stringify({ ...state, version: 2 })],
    [JSON.stringify({ ...state, comments: [{ issue: 7 }] })],
    [JSON.stringify({ ...state, checkRunId: 'x' })],
  ])('rejects %j', (text) => expect(parsePublishState(text)).toBeUndefined())
})
