"""Jinja2 templates for generated files (installed as transpiler.templates)."""
