"""``keras_core.models``: ``Model``, ``Sequential`` and the functional graph."""

from keras_core.models.functional import Functional
from keras_core.models.model import Model
from keras_core.models.sequential import Sequential

__all__ = ["Functional", "Model", "Sequential"]
