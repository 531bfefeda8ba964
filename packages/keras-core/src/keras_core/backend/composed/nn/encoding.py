"""``nn.encoding``."""

REQUIRED = ()
