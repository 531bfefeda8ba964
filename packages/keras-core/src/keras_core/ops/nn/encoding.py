"""nn/encoding"""

__all__ = []
