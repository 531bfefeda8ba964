"""``random``."""

REQUIRED = ()
