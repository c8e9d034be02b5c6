export default ({ env }) => ({
  newsroom: {
    enabled: true,
    config: {
      // The playground is a demo: front ends may read articles without a token.
      publicRead: env.bool('NEWSROOM_PUBLIC_READ', true),
      // Import jobs: the multi-node tests shorten how long a dead node's chunk waits before another node takes it.
      jobs: {
        chunkTimeoutSeconds: env.int('NEWSROOM_JOB_CHUNK_TIMEOUT', 900),
        maintenanceIntervalSeconds: env.int('NEWSROOM_JOB_MAINTENANCE_INTERVAL', 60),
        pollingIntervalSeconds: env.int('NEWSROOM_JOB_POLLING_INTERVAL', 2),
      },
    },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET') },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      landingPage: false,
      defaultLimit: 25,
      maxLimit: 100,
      depthLimit: 10,
      apolloServer: { introspection: true },
    },
  },
});
