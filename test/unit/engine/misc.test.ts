import { describe, expect, it } from 'vitest'
import { composeArgs, composeEnv, isPortConflict } from '../../../src/compose/compose.js'
import { demuxLogs } from '../../../src/docker/logs.js'
import { parseRunState } from '../../../src/engine/run-state.js'
import { defaultTestCommand } from '../../../src/engine/test-phase.js'
import { parseFileCommands } from '../../helpers/gha-runner.js'

describe('compose argv and environment', () => {
  it('passes project and files as separate arguments', () =>
    expect(composeArgs({ project: 'p', files: ['a.yml', 'b c.yml'] })).toEqual([
      '-p',
      'p',
      '-f',
      'a.yml',
      '-f',
      'b c.yml',
    ]))

  it('exports the port, or a placeholder so `down` interpolates', () => {
    const t = { project: 'p', files: [], workingDirectory: '/', port: null }
    expect(composeEnv(t, {}).RTR_HOST_PORT).toBe('0')
    expect(composeEnv({ ...t, port: 8091 }, {}).RTR_HOST_PORT).toBe('8091')
  })

  it.each([
    ['Bind for 0.0.0.0:8090 failed: port is already allocated', true],
    ['listen tcp4 0.0.0.0:8090: bind: address already in use', true],
    ['no such image', false],
  ])('port conflict in %j: %s', (text, yes) => expect(isPortConflict(text)).toBe(yes))
})

describe('defaultTestCommand', () => {
  it('goes through the entrypoint, restricts tags and moves the HTTP port', () =>
    expect(defaultTestCommand(['a', 'b'], 'db1', 18069)).toEqual([
      '/entrypoint.sh',
      'odoo',
      '-d',
      'db1',
      '-i',
      'a,b',
      '--test-enable',
      '--test-tags',
      '/a,/b',
      '--stop-after-init',
      '--http-port',
      '18069',
    ]))
})

describe('demuxLogs', () => {
  const frame = (kind: number, text: string) => {
    const head = Buffer.alloc(8)
    head[0] = kind
    head.writeUInt32BE(Buffer.byteLength(text), 4)
    return Buffer.concat([head, Buffer.from(text)])
  }
  it('joins stdout and stderr frames', () =>
    expect(demuxLogs(Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n')]))).toBe('out\nerr\n'))
  it('passes TTY output through', () =>
    expect(demuxLogs(Buffer.from('plain text'))).toBe('plain text'))
})

describe('parseRunState', () => {
  it.each([undefined, '', 'not json', '{"version":2}', '{"version":1}'])('ignores %j', (t) =>
    expect(parseRunState(t)).toBeUndefined(),
  )
  it('reads ours', () =>
    expect(parseRunState('{"version":1,"project":"p","files":[]}')?.project).toBe('p'))
})

describe('the runner simulator parses file commands like the runner', () => {
  it('reads heredoc and key=value records', () =>
    expect(parseFileCommands('a<<EOF_1\nx\ny\nEOF_1\nb=2\n')).toEqual({ a: 'x\ny', b: '2' }))
})
