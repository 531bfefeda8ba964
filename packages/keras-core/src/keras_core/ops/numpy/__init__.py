"""``keras_core.ops.numpy``: the NumPy-like ops, with Keras's dtype rules on every backend."""

from keras_core.ops.numpy.binary import *
from keras_core.ops.numpy.creation import *
from keras_core.ops.numpy.indexing import *
from keras_core.ops.numpy.manipulation import *
from keras_core.ops.numpy.products import *
from keras_core.ops.numpy.reduction import *
from keras_core.ops.numpy.statistics import *
from keras_core.ops.numpy.unary import *
