"""Regularization layers: dropout variants, noise and activity penalties."""

from keras_core.layers.regularization.activity_regularization import ActivityRegularization
from keras_core.layers.regularization.alpha_dropout import AlphaDropout
from keras_core.layers.regularization.dropout import Dropout
from keras_core.layers.regularization.gaussian_dropout import GaussianDropout
from keras_core.layers.regularization.gaussian_noise import GaussianNoise
from keras_core.layers.regularization.spatial_dropout import (
    SpatialDropout1D,
    SpatialDropout2D,
    SpatialDropout3D,
)

__all__ = [
    "ActivityRegularization",
    "AlphaDropout",
    "Dropout",
    "GaussianDropout",
    "GaussianNoise",
    "SpatialDropout1D",
    "SpatialDropout2D",
    "SpatialDropout3D",
]
