"""``numpy.binary``: broadcasting element-wise functions of two tensors."""

REQUIRED = ("add", "subtract", "multiply", "divide", "maximum")
