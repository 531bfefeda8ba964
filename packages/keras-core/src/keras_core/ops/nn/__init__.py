"""``keras_core.ops.nn``: activations, convolution and pooling, normalization, losses."""

from keras_core.ops.nn.activation import *
from keras_core.ops.nn.attention import *
from keras_core.ops.nn.convolution import *
from keras_core.ops.nn.encoding import *
from keras_core.ops.nn.loss import *
from keras_core.ops.nn.normalization import *
