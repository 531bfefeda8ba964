"""control_flow"""

__all__ = []
