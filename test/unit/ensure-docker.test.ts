// `npm test` on a fresh machine: Docker installed by itself as root, one line
// saying what to run otherwise, never a silent skip.
import { describe, expect, it } from 'vitest'
import { ensureDocker, NOT_ROOT_MESSAGE } from '../helpers/ensure-docker.js'

function probe(answers: boolean[], isRoot: boolean, installFails = false) {
  const calls: string[] = []
  const seq = [...answers]
  return {
    calls,
    p: {
      answers: () => (calls.push('answers'), seq.shift() ?? false),
      isRoot,
      install: () => {
        calls.push('install')
        if (installFails) throw new Error('apt-get failed')
      },
      log: (l: string) => calls.push(`log ${l.slice(0, 20)}`),
    },
  }
}

describe('ensureDocker', () => {
  it.each<[string, boolean[], boolean, boolean, string[], RegExp | null]>([
    ['answers: nothing to do', [true], true, false, ['answers'], null],
    ['answers, not root: nothing to do', [true], false, false, ['answers'], null],
    [
      'root, silent: installs, answers',
      [false, true],
      true,
      false,
      ['answers', 'log Docker does not answ', 'install', 'answers'],
      null,
    ],
    [
      'root, install fails: its error',
      [false],
      true,
      true,
      ['answers', 'log Docker does not answ', 'install'],
      /apt-get failed/,
    ],
    [
      'root, still silent after install',
      [false, false],
      true,
      false,
      ['answers', 'log Docker does not answ', 'install', 'answers'],
      /still does not answer/,
    ],
    [
      'not root: one line what to run',
      [false],
      false,
      false,
      ['answers'],
      /sudo bash scripts\/install-docker.sh/,
    ],
  ])('%s', (_w, answers, root, fails, calls, error) => {
    const t = probe(answers, root, fails)
    if (error) expect(() => ensureDocker(t.p)).toThrow(error)
    else ensureDocker(t.p)
    expect(t.calls).toEqual(calls)
  })

  it('the message is one line', () => expect(NOT_ROOT_MESSAGE).not.toContain('\n'))
})
