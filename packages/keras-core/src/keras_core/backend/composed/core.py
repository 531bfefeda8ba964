"""Compositions for the ``core`` namespace."""
