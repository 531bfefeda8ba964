"""image"""

__all__ = []
