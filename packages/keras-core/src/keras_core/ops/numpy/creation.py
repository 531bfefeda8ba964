"""numpy/creation"""

__all__ = []
