"""nn/normalization"""

__all__ = []
