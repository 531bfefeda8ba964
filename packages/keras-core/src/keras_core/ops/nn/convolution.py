"""nn/convolution"""

__all__ = []
