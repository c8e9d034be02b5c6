process.env.NEWSROOM_TEST_DB = 'sqlite';
