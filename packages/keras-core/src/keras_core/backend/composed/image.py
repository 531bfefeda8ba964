"""``image``."""

REQUIRED = ()
