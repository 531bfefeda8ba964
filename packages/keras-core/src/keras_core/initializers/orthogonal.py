"""``Orthogonal``: a random matrix with orthonormal rows or columns."""

import math

from keras_core import ops, random
from keras_core.initializers.random import RandomInitializer


class Orthogonal(RandomInitializer):
    """A random orthogonal matrix times ``gain``.

    The weight is viewed as a matrix of ``prod(shape[:-1])`` rows and ``shape[-1]`` columns;
    its columns are orthonormal when it has at least as many rows as columns, its rows
    otherwise. The matrix is the Q factor of the QR decomposition of a normal draw, with
    signs fixed so that it is uniformly distributed over orthogonal matrices.

    Args:
        gain: Multiplier of the orthogonal matrix.
        seed: An int, a ``SeedGenerator`` or ``None`` (see ``keras_core.initializers.random``).

    Example:
        >>> q = keras_core.initializers.Orthogonal(seed=1)((4, 3))
        >>> keras_core.ops.matmul(keras_core.ops.transpose(q), q)   # the 3x3 identity
    """

    def __init__(self, gain=1.0, seed=None):
        super().__init__(seed)
        self.gain = gain

    def __call__(self, shape, dtype=None):
        shape, dtype, seed = self._prepare(shape, dtype)
        if len(shape) < 2:
            raise ValueError(
                f"Orthogonal initializer needs a shape of rank 2 or more, received "
                f"shape={shape} of rank {len(shape)}"
            )
        rows, cols = math.prod(shape[:-1]), shape[-1]
        # QR runs in float32 (float64 when asked): backends have no half-precision QR.
        work_dtype = "float64" if dtype == "float64" else "float32"
        draw = random.normal((max(rows, cols), min(rows, cols)), dtype=work_dtype, seed=seed)
        q, r = ops.linalg.qr(draw)
        q = ops.multiply(q, ops.sign(ops.diagonal(r)))
        if rows < cols:
            q = ops.transpose(q)
        return ops.cast(ops.reshape(ops.multiply(q, self.gain), shape), dtype)

    def get_config(self):
        return {**super().get_config(), "gain": self.gain}
