var kind = value.__class__;
settings.__dict__ = {};
var app = proxy._app;
var label = item.title;
