"""math"""

__all__ = []
