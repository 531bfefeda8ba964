"""Variables of the TensorFlow backend: a ``tf.Variable`` assigned in place."""

import tensorflow as tf

from keras_core.backend import variables


class Variable(variables.Variable):
    def _initialize(self, value):
        self._value = tf.Variable(value, trainable=self.trainable, name=self.name)

    def _direct_assign(self, value):
        self._value.assign(value)


def _to_tensor(variable, dtype=None, name=None, as_ref=False):
    return tf.convert_to_tensor(variable.value, dtype=dtype, name=name)


# Lets every TensorFlow op take the variable where it takes a tensor.
tf.register_tensor_conversion_function(Variable, _to_tensor)
