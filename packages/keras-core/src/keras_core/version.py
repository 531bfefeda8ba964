"""The keras-core version."""

__version__ = "0.2.0"


def version() -> str:
    """The installed keras-core version, e.g. ``"0.2.0"``."""
    return __version__
