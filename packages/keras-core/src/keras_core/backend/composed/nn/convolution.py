"""``nn.convolution``."""

REQUIRED = ()
