"""``numpy.creation``."""

REQUIRED = ()
