"""``math``."""

REQUIRED = ()
