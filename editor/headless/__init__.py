"""Headless subcommands of the command line, one module each; none needs a display."""
