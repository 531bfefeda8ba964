"""``nn.loss``."""

REQUIRED = ()
