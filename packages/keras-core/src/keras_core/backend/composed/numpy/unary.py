"""``numpy.unary``: element-wise functions of one tensor."""

REQUIRED = ("exp",)
