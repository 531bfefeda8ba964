"""A toy keras-core backend: the smallest thing a third party can publish."""

__version__ = "1.0.0"
