import { defineConfig } from 'vitest/config'

// Two projects: `unit` needs nothing but Node; `docker` talks to a real Docker
// engine (integration tests and end-to-end runs of the dist/ bundles). Under
// CI=true the docker project refuses to skip: see test/helpers/docker-env.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Unit tests first: a broken parser fails fast, before minutes of Docker.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'docker',
          include: ['test/docker/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Two cores: a few compose projects at once is the realistic load.
          maxWorkers: 2,
          fileParallelism: true,
        },
      },
      {
        test: {
          // Restarts the Docker daemon: last, alone, after everything else.
          name: 'daemon',
          include: ['test/daemon/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          sequence: { groupOrder: 2 },
          testTimeout: 240_000,
          hookTimeout: 240_000,
          maxWorkers: 1,
          fileParallelism: false,
        },
      },
    ],
  },
})
