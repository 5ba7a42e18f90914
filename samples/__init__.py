"""Bundled sample apps (installed as transpiler.samples, used by `ti2py demo`)."""
