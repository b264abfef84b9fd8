import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SOCKET,
  resolveEndpoint,
  withEndpointEnv,
  type EndpointLookup,
} from '../../../src/docker/endpoint.js'

const id = (name: string) => createHash('sha256').update(name).digest('hex')
// What `docker context create NAME --docker host=HOST` writes (checked against the real CLI).
const meta = (dir: string, name: string, host: string) => ({
  [`${dir}/contexts/meta/${id(name)}/meta.json`]: JSON.stringify({
    Name: name,
    Metadata: {},
    Endpoints: { docker: { Host: host, SkipTLSVerify: false } },
  }),
})
const current = (dir: string, name: string) => ({
  [`${dir}/config.json`]: JSON.stringify({ auths: {}, currentContext: name }),
})

const lookup = (env: NodeJS.ProcessEnv, files: Record<string, string> = {}): EndpointLookup => ({
  env,
  home: '/home/u',
  readFile: (p) => files[p],
})

describe('resolveEndpoint: the engine the docker CLI and compose would use', () => {
  const D = '/home/u/.docker'
  it.each([
    {
      what: 'nothing set: dockerode defaults',
      l: lookup({}),
      env: {},
      description: DEFAULT_SOCKET,
    },
    {
      what: 'DOCKER_HOST wins over DOCKER_CONTEXT and the config, as in the CLI',
      l: lookup(
        { DOCKER_HOST: 'tcp://h:2375', DOCKER_CONTEXT: 'c' },
        { ...meta(D, 'c', 'unix:///c.sock'), ...current(D, 'c') },
      ),
      env: {},
      description: 'DOCKER_HOST (tcp://h:2375)',
    },
    {
      what: 'the config current context',
      l: lookup(
        {},
        { ...meta(D, 'colima', 'unix:///home/u/.colima/docker.sock'), ...current(D, 'colima') },
      ),
      env: { DOCKER_HOST: 'unix:///home/u/.colima/docker.sock' },
      description: 'docker context "colima" (unix:///home/u/.colima/docker.sock)',
    },
    {
      what: 'DOCKER_CONTEXT over the config current context',
      l: lookup(
        { DOCKER_CONTEXT: 'b' },
        { ...meta(D, 'a', 'unix:///a.sock'), ...meta(D, 'b', 'ssh://me@b'), ...current(D, 'a') },
      ),
      env: { DOCKER_HOST: 'ssh://me@b' },
      description: 'docker context "b" (ssh://me@b)',
    },
    {
      what: 'DOCKER_CONFIG moves the config directory',
      l: lookup(
        { DOCKER_CONFIG: '/cfg' },
        { ...meta('/cfg', 'x', 'unix:///x.sock'), ...current('/cfg', 'x'), ...current(D, 'y') },
      ),
      env: { DOCKER_HOST: 'unix:///x.sock' },
      description: 'docker context "x" (unix:///x.sock)',
    },
    {
      what: 'the context named "default" is DOCKER_HOST or the default socket',
      l: lookup({ DOCKER_CONTEXT: 'default' }),
      env: {},
      description: DEFAULT_SOCKET,
    },
    {
      what: 'an empty DOCKER_HOST counts as unset, as in the CLI',
      l: lookup({ DOCKER_HOST: '' }, { ...meta(D, 'c', 'unix:///c.sock'), ...current(D, 'c') }),
      env: { DOCKER_HOST: 'unix:///c.sock' },
      description: 'docker context "c" (unix:///c.sock)',
    },
    {
      what: 'a broken config.json: the default (the docker CLI reports it)',
      l: lookup({}, { [`${D}/config.json`]: '{ not json' }),
      env: {},
      description: DEFAULT_SOCKET,
    },
    {
      what: 'a tcp context with TLS material: the certificates it was created with',
      l: lookup(
        { DOCKER_CONTEXT: 't' },
        {
          ...meta(D, 't', 'tcp://h:2376'),
          [`${D}/contexts/tls/${id('t')}/docker/ca.pem`]: 'CA',
        },
      ),
      env: {
        DOCKER_HOST: 'tcp://h:2376',
        DOCKER_CERT_PATH: `${D}/contexts/tls/${id('t')}/docker`,
        DOCKER_TLS_VERIFY: '1',
      },
      description: 'docker context "t" (tcp://h:2376)',
    },
  ])('$what', ({ l, env, description }) => {
    const e = resolveEndpoint(l)
    expect(e).toEqual({ env, description })
  })

  it.each([
    {
      what: 'from DOCKER_CONTEXT',
      l: lookup({ DOCKER_CONTEXT: 'gone' }),
      from: 'DOCKER_CONTEXT',
    },
    {
      what: 'from the config',
      l: lookup({}, current('/home/u/.docker', 'gone')),
      from: 'currentContext in /home/u/.docker/config.json',
    },
    {
      what: 'a context without a docker endpoint',
      l: lookup(
        { DOCKER_CONTEXT: 'gone' },
        { [`${D}/contexts/meta/${id('gone')}/meta.json`]: '{"Name":"gone","Endpoints":{}}' },
      ),
      from: 'DOCKER_CONTEXT',
    },
  ])('a context that does not exist ($what): a problem naming it and what to do', ({ l, from }) => {
    expect(resolveEndpoint(l)).toEqual({
      env: {},
      description: 'docker context "gone"',
      problem: `Docker context "gone" (from ${from}) was not found in /home/u/.docker/contexts. Choose an existing one with 'docker context use <name>' ('docker context ls' lists them), or set DOCKER_HOST.`,
    })
  })
})

describe('withEndpointEnv: the variables only while the client is built', () => {
  it('sets them for the call, then restores the environment as it was', () => {
    const before = { host: process.env.DOCKER_HOST, cert: process.env.DOCKER_CERT_PATH }
    process.env.DOCKER_CERT_PATH = '/was'
    try {
      const seen = withEndpointEnv(
        {
          env: { DOCKER_HOST: 'unix:///ctx.sock', DOCKER_CERT_PATH: '/ctx' },
          description: '',
        },
        () => [process.env.DOCKER_HOST, process.env.DOCKER_CERT_PATH],
      )
      expect(seen).toEqual(['unix:///ctx.sock', '/ctx'])
      expect(process.env.DOCKER_HOST).toBe(before.host)
      expect(process.env.DOCKER_CERT_PATH).toBe('/was')
      expect(() =>
        withEndpointEnv({ env: { DOCKER_HOST: 'unix:///x' }, description: '' }, () => {
          throw new Error('build failed')
        }),
      ).toThrow('build failed')
      expect(process.env.DOCKER_HOST).toBe(before.host)
    } finally {
      if (before.cert === undefined) delete process.env.DOCKER_CERT_PATH
      else process.env.DOCKER_CERT_PATH = before.cert
    }
  })
})
