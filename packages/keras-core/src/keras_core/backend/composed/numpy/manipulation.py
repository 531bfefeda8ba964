"""``numpy.manipulation``: reshaping, joining, splitting and indexing."""

REQUIRED = ("reshape", "transpose", "concatenate")
