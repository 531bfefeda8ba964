"""``numpy.products``: matrix and tensor products."""

REQUIRED = ("matmul",)
