"""``core``: conversion, casting, shapes, slicing, scattering and gradient control."""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import standardize_dtype

REQUIRED = (
    "convert_to_tensor",
    "convert_to_numpy",
    "is_tensor",
    "cast",
    "shape",
    "saturate_cast",
    "slice",
    "slice_update",
    "scatter",
    "scatter_update",
    "unstack",
    "stop_gradient",
    "custom_gradient",
)

_core = table("core")


def dtype(x):
    return standardize_dtype(_core.convert_to_tensor(x).dtype)
