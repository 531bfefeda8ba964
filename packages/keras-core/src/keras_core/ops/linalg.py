"""linalg"""

__all__ = []
