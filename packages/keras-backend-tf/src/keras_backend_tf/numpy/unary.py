"""Element-wise functions of one tensor on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, to_tf_dtype
from keras_core.backend.dtypes import result_type, standardize_dtype


def exp(x):
    x = convert_to_tensor(x)
    dtype = standardize_dtype(x.dtype)
    if dtype == "bool" or "int" in dtype:
        x = tf.cast(x, to_tf_dtype(result_type(dtype, float)))
    return tf.exp(x)
