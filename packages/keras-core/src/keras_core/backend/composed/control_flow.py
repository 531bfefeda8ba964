"""``control_flow``."""

REQUIRED = ()
