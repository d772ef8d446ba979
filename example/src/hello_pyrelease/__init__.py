"""A small greeting package, released by pyrelease."""

__version__ = "0.1.15"
__author__ = "pyrelease maintainers"


def greet(name: str = "world") -> str:
    """Return a friendly greeting."""
    return f"Hello, {name}!"
