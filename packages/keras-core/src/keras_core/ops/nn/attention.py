"""nn/attention"""

__all__ = []
