"""``nn.attention``."""

REQUIRED = ()
