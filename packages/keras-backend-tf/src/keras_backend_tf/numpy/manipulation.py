"""Reshaping, transposing and joining on tf.Tensor."""

import tensorflow as tf

from keras_backend_tf.core import convert_to_tensor, to_tf_dtype
from keras_core.backend.dtypes import result_type


def reshape(x, newshape):
    return tf.reshape(convert_to_tensor(x), newshape)


def transpose(x, axes=None):
    return tf.transpose(convert_to_tensor(x), perm=axes)


def concatenate(xs, axis=0):
    tensors = [convert_to_tensor(x) for x in xs]
    dtype = to_tf_dtype(result_type(*(t.dtype for t in tensors)))
    return tf.concat([tf.cast(t, dtype) for t in tensors], axis=axis)
