var config = { session: null };
config.session ??= 'default';
