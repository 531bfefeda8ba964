"""``keras_core.ops``: every op as a function over the active backend's native tensors.

The flat namespace holds the ops of ``numpy``, ``nn``, ``linalg`` and the core ops, as
``keras.ops`` does; ``image`` ops are only in ``keras_core.ops.image``. Each op also accepts
symbolic ``KerasTensor`` inputs and then returns the KerasTensor of its output.
"""

from keras_core.ops import image, linalg, nn, numpy
from keras_core.ops.control_flow import *
from keras_core.ops.core import *
from keras_core.ops.linalg import *
from keras_core.ops.math import *
from keras_core.ops.nn import *
from keras_core.ops.numpy import *
