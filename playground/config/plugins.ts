export default ({ env }) => ({
  newsroom: {
    enabled: true,
    config: {
      // The playground is a demo: front ends may read articles without a token.
      publicRead: env.bool('NEWSROOM_PUBLIC_READ', true),
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
