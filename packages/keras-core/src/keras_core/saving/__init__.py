"""``keras_core.saving``: ``.keras`` archives and ``.weights.h5`` files in Keras 3's format,
configs and registered names."""

from keras_core.saving.object_registration import (
    CustomObjectScope,
    custom_object_scope,
    get_custom_objects,
    get_registered_name,
    get_registered_object,
    register_keras_serializable,
)
from keras_core.saving.saving_api import load_model, load_weights, save_model, save_weights
from keras_core.saving.serialization_lib import (
    deserialize_keras_object,
    serialize_keras_object,
)

__all__ = [
    "CustomObjectScope",
    "custom_object_scope",
    "get_custom_objects",
    "deserialize_keras_object",
    "get_registered_name",
    "get_registered_object",
    "load_model",
    "load_weights",
    "register_keras_serializable",
    "save_model",
    "save_weights",
    "serialize_keras_object",
]
