"""``OrthogonalRegularizer``: pushes the rows (or columns) of a matrix toward orthogonality."""

from keras_core import ops
from keras_core.regularizers.base import Regularizer, as_float32, check_factor

_MODES = ("rows", "columns")


class OrthogonalRegularizer(Regularizer):
    """``factor`` times the mean absolute cosine similarity between distinct rows (or
    columns) of a rank-2 weight.

    Each row is L2-normalized (an all-zero row stays zero); the penalty is
    ``factor * sum(|u_i . u_j|, i != j) / (n * (n - 1))`` over the ``n`` normalized rows
    ``u``, and 0 when there is a single row.

    Args:
        factor: Non-negative factor. Stored rounded to float32, as Keras 3 does.
        mode: ``"rows"`` or ``"columns"``: which vectors should be orthogonal.

    Example:
        >>> keras_core.regularizers.OrthogonalRegularizer(1.0)([[1.0, 0.0], [1.0, 1.0]])
        0.7071
    """

    def __init__(self, factor=0.01, mode="rows"):
        self.factor = as_float32(check_factor("OrthogonalRegularizer", "factor", factor))
        if mode not in _MODES:
            raise ValueError(
                f"OrthogonalRegularizer: invalid value for argument mode: expected one of "
                f"{_MODES}, received mode={mode!r}"
            )
        self.mode = mode

    def __call__(self, x):
        x = ops.convert_to_tensor(x)
        if len(x.shape) != 2:
            raise ValueError(
                f"OrthogonalRegularizer expects a rank-2 weight, received shape {tuple(x.shape)}"
            )
        if self.mode == "columns":
            x = ops.transpose(x)
        unit = ops.nn.normalize(x, axis=1)
        similarity = ops.absolute(ops.matmul(unit, ops.transpose(unit)))
        count = int(x.shape[0])
        off_diagonal = ops.multiply(
            similarity, ops.subtract(1.0, ops.eye(count, dtype=ops.dtype(similarity)))
        )
        mean = ops.divide(ops.sum(off_diagonal), max(count * (count - 1), 1))
        return ops.multiply(self.factor, mean)

    def get_config(self):
        return {"factor": self.factor, "mode": self.mode}
