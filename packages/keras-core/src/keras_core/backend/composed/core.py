"""``core``: conversion, casting, shapes."""

REQUIRED = ("convert_to_tensor", "convert_to_numpy", "is_tensor", "cast", "shape")
