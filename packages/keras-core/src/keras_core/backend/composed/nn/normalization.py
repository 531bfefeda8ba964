"""``nn.normalization``."""

REQUIRED = ()
