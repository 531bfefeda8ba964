"""``keras_core.layers``: ``Layer`` and the Keras layer set, one package per family.

Importing it activates the selected backend: every layer class derives from the backend's
layer base (a ``torch.nn.Module`` under PyTorch).
"""

from keras_core.layers.activations import *  # noqa: F403
from keras_core.layers.attention import *  # noqa: F403
from keras_core.layers.convolutional import *  # noqa: F403
from keras_core.layers.core import *  # noqa: F403
from keras_core.layers.input_spec import InputSpec
from keras_core.layers.layer import Layer
from keras_core.layers.merging import *  # noqa: F403
from keras_core.layers.normalization import *  # noqa: F403
from keras_core.layers.pooling import *  # noqa: F403
from keras_core.layers.regularization import *  # noqa: F403
from keras_core.layers.reshaping import *  # noqa: F403
from keras_core.layers.rnn import *  # noqa: F403
