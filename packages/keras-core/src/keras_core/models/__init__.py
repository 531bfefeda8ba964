"""``keras_core.models``: ``Model``, ``Sequential`` and the functional graph."""

from keras_core.models.cloning import clone_model
from keras_core.models.functional import Functional
from keras_core.models.model import Model
from keras_core.models.sequential import Sequential
from keras_core.saving.saving_api import load_model, model_from_json, save_model

__all__ = [
    "Functional",
    "Model",
    "Sequential",
    "clone_model",
    "load_model",
    "model_from_json",
    "save_model",
]
