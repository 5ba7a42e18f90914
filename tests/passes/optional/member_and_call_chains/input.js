var name = user?.profile.name;
var size = list?.items?.length;
callback?.(name, size);
