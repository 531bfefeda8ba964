"""``linalg``."""

REQUIRED = ()
