"""Normalization layers: batch, layer, group, RMS, unit and spectral normalization."""

from keras_core.layers.normalization.batch_normalization import BatchNormalization
from keras_core.layers.normalization.group_normalization import GroupNormalization
from keras_core.layers.normalization.layer_normalization import LayerNormalization
from keras_core.layers.normalization.rms_normalization import RMSNormalization
from keras_core.layers.normalization.spectral_normalization import SpectralNormalization
from keras_core.layers.normalization.unit_normalization import UnitNormalization

__all__ = [
    "BatchNormalization",
    "GroupNormalization",
    "LayerNormalization",
    "RMSNormalization",
    "SpectralNormalization",
    "UnitNormalization",
]
