"""Matrix and tensor products on jax.Array."""

import jax.numpy as jnp
import numpy as np

from keras_backend_jax.core import convert_to_tensor

# Builtin NumPy dtypes are singletons, so identity is the cheapest dtype test.
_INT8 = np.dtype("int8")


def matmul(x1, x2):
    try:
        int8 = x1.dtype is _INT8 and x2.dtype is _INT8
    except AttributeError:
        x1, x2 = convert_to_tensor(x1), convert_to_tensor(x2)
        int8 = x1.dtype is _INT8 and x2.dtype is _INT8
    if int8:
        # int8 products accumulate in int32, as quantized matmuls do in Keras.
        return jnp.matmul(x1, x2, preferred_element_type=jnp.int32)
    return jnp.matmul(x1, x2)
