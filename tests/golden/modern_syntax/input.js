var config = { session: null };
var id = config.session?.identifier;
