// Bounded Docker calls: a call that answers in time is passed through (value
// or error), one that does not fails with NoAnswerError; after that, the
// engine counts as hung and further calls fail at once without being made.
import { describe, expect, it } from 'vitest'
import type { DockerClient } from '../../../src/docker/client.js'
import { answering, NoAnswerError, withDeadline } from '../../../src/engine/deadline.js'

const after = <T>(ms: number, v: T) => new Promise<T>((r) => setTimeout(() => r(v), ms))
const never = () => new Promise<never>(() => undefined)

describe('withDeadline', () => {
  it.each([
    { what: 'answers in time', call: () => after(5, 'ok'), result: 'ok' },
    { what: 'fails in time', call: () => Promise.reject(new Error('refused')), error: /^refused$/ },
    { what: 'never answers', call: never, error: /^no answer within 0\.05 s$/ },
  ])('$what', async ({ call, result, error }) => {
    const p = withDeadline(call(), 50)
    if (error) await expect(p).rejects.toThrow(error)
    else await expect(p).resolves.toBe(result)
  })

  it('the error is a NoAnswerError', async () => {
    await expect(withDeadline(never(), 10)).rejects.toBeInstanceOf(NoAnswerError)
  })
})

describe('answering', () => {
  function client(stopMs: number) {
    const made: string[] = []
    const docker = {
      ping: () => (made.push('ping'), never()),
      listProject: () => (
        made.push('list'),
        Promise.resolve({ containers: [], networks: [], volumes: [] })
      ),
      stopContainer: () => (made.push('stop'), after(stopMs, undefined)),
    } as unknown as DockerClient
    return { docker, made }
  }

  it('a stop gets its grace on top of the deadline', async () => {
    const { docker } = client(80) // answers after 80 ms: within 30 ms + 1 s of grace
    await expect(answering(docker, 30).stopContainer('c', 1)).resolves.toBeUndefined()
  })

  it('after one unanswered call, the next ones fail at once and are not made', async () => {
    const { docker, made } = client(0)
    const d = answering(docker, 20)
    await expect(d.listProject('p')).resolves.toEqual({ containers: [], networks: [], volumes: [] })
    await expect(d.ping()).rejects.toBeInstanceOf(NoAnswerError)
    await expect(d.listProject('p')).rejects.toThrow(/^no answer within 0\.02 s$/)
    await expect(d.stopContainer('c', 0)).rejects.toBeInstanceOf(NoAnswerError)
    expect(made).toEqual(['list', 'ping'])
  })

  it('a stop that outlasts its deadline does not make the engine hung', async () => {
    const { docker, made } = client(200)
    const d = answering(docker, 20)
    await expect(d.stopContainer('c', 0)).rejects.toBeInstanceOf(NoAnswerError)
    await expect(d.listProject('p')).resolves.toEqual({ containers: [], networks: [], volumes: [] })
    expect(made).toEqual(['stop', 'list'])
  })

  it('an engine that refuses is not hung: the next call is made', async () => {
    const made: string[] = []
    const docker = {
      ping: () => (made.push('ping'), Promise.reject(new Error('connect ECONNREFUSED'))),
    } as unknown as DockerClient
    const d = answering(docker, 20)
    await expect(d.ping()).rejects.toThrow(/ECONNREFUSED/)
    await expect(d.ping()).rejects.toThrow(/ECONNREFUSED/)
    expect(made).toEqual(['ping', 'ping'])
  })
})
