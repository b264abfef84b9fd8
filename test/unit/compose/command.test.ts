import { describe, expect, it } from 'vitest'
import {
  DOCKER_COMPOSE,
  findComposeCommand,
  type PluginLookup,
} from '../../../src/compose/command.js'

const lookup = (over: Partial<PluginLookup> & { files?: string[] }): PluginLookup => ({
  env: {},
  platform: 'linux',
  home: '/home/u',
  readConfig: () => undefined,
  isExecutable: (p) => (over.files ?? []).includes(p),
  ...over,
})

describe('findComposeCommand: the plugin the docker CLI would run, else docker compose', () => {
  it.each([
    {
      what: 'the system plugin (Debian, Ubuntu runners)',
      l: lookup({ files: ['/usr/libexec/docker/cli-plugins/docker-compose'] }),
      want: { file: '/usr/libexec/docker/cli-plugins/docker-compose', prefix: [] },
    },
    {
      what: "the user's plugin before the system one",
      l: lookup({
        files: [
          '/home/u/.docker/cli-plugins/docker-compose',
          '/usr/libexec/docker/cli-plugins/docker-compose',
        ],
      }),
      want: { file: '/home/u/.docker/cli-plugins/docker-compose', prefix: [] },
    },
    {
      what: 'DOCKER_CONFIG moves the user directory',
      l: lookup({
        env: { DOCKER_CONFIG: '/cfg' },
        files: ['/cfg/cli-plugins/docker-compose', '/home/u/.docker/cli-plugins/docker-compose'],
      }),
      want: { file: '/cfg/cli-plugins/docker-compose', prefix: [] },
    },
    {
      what: '/usr/local/lib before /usr/libexec',
      l: lookup({
        files: [
          '/usr/libexec/docker/cli-plugins/docker-compose',
          '/usr/local/lib/docker/cli-plugins/docker-compose',
        ],
      }),
      want: { file: '/usr/local/lib/docker/cli-plugins/docker-compose', prefix: [] },
    },
    { what: 'no plugin anywhere', l: lookup({}), want: DOCKER_COMPOSE },
    {
      what: 'extra plugin directories in the config: the docker CLI decides',
      l: lookup({
        readConfig: () => '{"cliPluginsExtraDirs": ["/opt/plugins"]}',
        files: ['/usr/libexec/docker/cli-plugins/docker-compose'],
      }),
      want: DOCKER_COMPOSE,
    },
    {
      what: 'Windows',
      l: lookup({ platform: 'win32', files: ['/usr/libexec/docker/cli-plugins/docker-compose'] }),
      want: DOCKER_COMPOSE,
    },
  ])('$what', ({ l, want }) => expect(findComposeCommand(l)).toEqual(want))
})
