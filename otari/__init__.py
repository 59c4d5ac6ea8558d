"""otari: typed Python client for the otari LLM gateway."""

from ._version import __version__

__all__ = ["__version__"]
