"""Activation functions (``keras_core.ops.nn``).

Integer and bool inputs give floatx results, except for ``relu`` and ``hard_tanh``, which
keep the input dtype.
"""

from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import result_type
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.ops import shape_rules as rules
from keras_core.ops.symbolic import dtype_of, recover, shape_of

__all__ = [
    "celu",
    "elu",
    "gelu",
    "glu",
    "hard_shrink",
    "hard_sigmoid",
    "hard_silu",
    "hard_swish",
    "hard_tanh",
    "leaky_relu",
    "log_sigmoid",
    "log_softmax",
    "relu",
    "relu6",
    "selu",
    "sigmoid",
    "silu",
    "soft_shrink",
    "softmax",
    "softplus",
    "softsign",
    "sparse_plus",
    "sparse_sigmoid",
    "sparsemax",
    "squareplus",
    "swish",
    "tanh_shrink",
    "threshold",
]

_impl = table("nn.activation")


def _float_rule(op, x, *options):
    """Element-wise activation with a float result; ``options`` are its scalar settings."""
    return rules.unary_float(op, x)


def _same_dtype_rule(op, x):
    """Element-wise activation keeping the input dtype; bool, like ``max(x, 0)``, gives int32."""
    dtype = rules.same(op, x).dtype
    return KerasTensor(shape_of(x), "int32" if dtype == "bool" else dtype)


def _softmax_rule(op, x, axis=-1):
    shape = shape_of(x)
    rules.canonical_axes(op, axis, len(shape), shape)
    return rules.unary_float(op, x)


def _sparsemax_rule(op, x, axis=-1):
    shape = shape_of(x)
    rules.canonical_axis(op, axis, len(shape), shape)
    return rules.unary_float(op, x)


def _glu_rule(op, x, axis=-1):
    shape = shape_of(x)
    position = rules.canonical_axis(op, axis, len(shape), shape)
    size = shape[position]
    if size is not None and size % 2:
        raise ValueError(
            f"ops.{op}: the size of axis {axis} must be even to split it in two halves; "
            f"received an input of shape {shape}."
        )
    dtype = rules.float_dtype(dtype_of(x))
    halved = None if size is None else size // 2
    return KerasTensor((*shape[:position], halved, *shape[position + 1 :]), dtype)


def _threshold_rule(op, x, threshold, default_value):
    return KerasTensor(
        shape_of(x), result_type(dtype_of(x), dtype_of(threshold), dtype_of(default_value))
    )


def relu(x):
    """Rectified linear unit, ``max(x, 0)`` element-wise.

    Example:
        >>> keras_core.ops.relu([-1.0, 0.0, 2.0])   # [0., 0., 2.]
    """
    try:
        return _impl.relu(x)
    except Exception as error:
        return recover(error, _same_dtype_rule, "relu", x)


def relu6(x):
    """``min(max(x, 0), 6)`` element-wise.

    Example:
        >>> keras_core.ops.relu6([-1.0, 3.0, 9.0])   # [0., 3., 6.]
    """
    try:
        return _impl.relu6(x)
    except Exception as error:
        return recover(error, _float_rule, "relu6", x)


def sigmoid(x):
    """Logistic sigmoid, ``1 / (1 + exp(-x))`` element-wise.

    Example:
        >>> keras_core.ops.sigmoid([0.0])   # [0.5]
    """
    try:
        return _impl.sigmoid(x)
    except Exception as error:
        return recover(error, rules.unary_float, "sigmoid", x)


def sparse_sigmoid(x):
    """Piecewise-linear sigmoid: 0 below -1, 1 above 1, ``(x + 1) / 2`` between.

    Example:
        >>> keras_core.ops.sparse_sigmoid([-2.0, 0.0, 0.5])   # [0., 0.5, 0.75]
    """
    try:
        return _impl.sparse_sigmoid(x)
    except Exception as error:
        return recover(error, _float_rule, "sparse_sigmoid", x)


def softplus(x):
    """``log(1 + exp(x))`` element-wise, computed without overflow.

    Example:
        >>> keras_core.ops.softplus([0.0])   # [0.6931]
    """
    try:
        return _impl.softplus(x)
    except Exception as error:
        return recover(error, _float_rule, "softplus", x)


def softsign(x):
    """``x / (1 + |x|)`` element-wise.

    Example:
        >>> keras_core.ops.softsign([1.0, -3.0])   # [0.5, -0.75]
    """
    try:
        return _impl.softsign(x)
    except Exception as error:
        return recover(error, _float_rule, "softsign", x)


def soft_shrink(x, threshold=0.5):
    """Moves ``x`` toward 0 by ``threshold``; values within ``threshold`` of 0 become 0.

    Example:
        >>> keras_core.ops.soft_shrink([-1.0, 0.2, 2.0])   # [-0.5, 0., 1.5]
    """
    try:
        return _impl.soft_shrink(x, threshold=threshold)
    except Exception as error:
        return recover(error, _float_rule, "soft_shrink", x, threshold)


def sparse_plus(x):
    """Smooth ReLU: 0 below -1, ``x`` above 1, ``(x + 1)**2 / 4`` between.

    Example:
        >>> keras_core.ops.sparse_plus([-2.0, 0.0, 2.0])   # [0., 0.25, 2.]
    """
    try:
        return _impl.sparse_plus(x)
    except Exception as error:
        return recover(error, _float_rule, "sparse_plus", x)


def silu(x):
    """Sigmoid linear unit (swish), ``x * sigmoid(x)``.

    Example:
        >>> keras_core.ops.silu([0.0, 1.0])   # [0., 0.7311]
    """
    try:
        return _impl.silu(x)
    except Exception as error:
        return recover(error, _float_rule, "silu", x)


def swish(x):
    """Alias of :func:`silu`, ``x * sigmoid(x)``.

    Example:
        >>> keras_core.ops.swish([1.0])   # [0.7311]
    """
    try:
        return _impl.silu(x)
    except Exception as error:
        return recover(error, _float_rule, "swish", x)


def squareplus(x, b=4):
    """``(x + sqrt(x**2 + b)) / 2``, a smooth ReLU.

    Example:
        >>> keras_core.ops.squareplus([0.0])   # [1.]
    """
    try:
        return _impl.squareplus(x, b=b)
    except Exception as error:
        return recover(error, _float_rule, "squareplus", x, b)


def log_sigmoid(x):
    """``log(sigmoid(x))``, computed stably as ``-softplus(-x)``.

    Example:
        >>> keras_core.ops.log_sigmoid([0.0])   # [-0.6931]
    """
    try:
        return _impl.log_sigmoid(x)
    except Exception as error:
        return recover(error, _float_rule, "log_sigmoid", x)


def leaky_relu(x, negative_slope=0.2):
    """``x`` where positive, ``negative_slope * x`` elsewhere.

    Example:
        >>> keras_core.ops.leaky_relu([-1.0, 2.0])   # [-0.2, 2.]
    """
    try:
        return _impl.leaky_relu(x, negative_slope=negative_slope)
    except Exception as error:
        return recover(error, _float_rule, "leaky_relu", x, negative_slope)


def hard_sigmoid(x):
    """Piecewise-linear sigmoid, ``clip(x / 6 + 0.5, 0, 1)``.

    Example:
        >>> keras_core.ops.hard_sigmoid([-4.0, 0.0, 4.0])   # [0., 0.5, 1.]
    """
    try:
        return _impl.hard_sigmoid(x)
    except Exception as error:
        return recover(error, _float_rule, "hard_sigmoid", x)


def hard_silu(x):
    """``x * hard_sigmoid(x)``.

    Example:
        >>> keras_core.ops.hard_silu([-4.0, 0.0, 4.0])   # [0., 0., 4.]
    """
    try:
        return _impl.hard_silu(x)
    except Exception as error:
        return recover(error, _float_rule, "hard_silu", x)


def hard_swish(x):
    """Alias of :func:`hard_silu`.

    Example:
        >>> keras_core.ops.hard_swish([4.0])   # [4.]
    """
    try:
        return _impl.hard_silu(x)
    except Exception as error:
        return recover(error, _float_rule, "hard_swish", x)


def hard_tanh(x):
    """``clip(x, -1, 1)``; keeps the input dtype (bool gives int32).

    Example:
        >>> keras_core.ops.hard_tanh([-2.0, 0.5, 2.0])   # [-1., 0.5, 1.]
    """
    try:
        return _impl.hard_tanh(x)
    except Exception as error:
        return recover(error, _same_dtype_rule, "hard_tanh", x)


def hard_shrink(x, threshold=0.5):
    """``x`` where ``|x| > threshold``, 0 elsewhere.

    Example:
        >>> keras_core.ops.hard_shrink([-1.0, 0.2, 2.0])   # [-1., 0., 2.]
    """
    try:
        return _impl.hard_shrink(x, threshold=threshold)
    except Exception as error:
        return recover(error, _float_rule, "hard_shrink", x, threshold)


def tanh_shrink(x):
    """``x - tanh(x)`` element-wise.

    Example:
        >>> keras_core.ops.tanh_shrink([0.0])   # [0.]
    """
    try:
        return _impl.tanh_shrink(x)
    except Exception as error:
        return recover(error, _float_rule, "tanh_shrink", x)


def threshold(x, threshold, default_value):
    """``x`` where ``x > threshold``, ``default_value`` elsewhere.

    Returns:
        A tensor of the promoted dtype of ``x``, ``threshold`` and ``default_value``.

    Example:
        >>> keras_core.ops.threshold([0.5, 2.0], 1.0, 0.0)   # [0., 2.]
    """
    try:
        return _impl.threshold(x, threshold, default_value)
    except Exception as error:
        return recover(error, _threshold_rule, "threshold", x, threshold, default_value)


def elu(x, alpha=1.0):
    """Exponential linear unit: ``x`` where positive, ``alpha * (exp(x) - 1)`` elsewhere.

    Example:
        >>> keras_core.ops.elu([-1.0, 1.0])   # [-0.6321, 1.]
    """
    try:
        return _impl.elu(x, alpha=alpha)
    except Exception as error:
        return recover(error, _float_rule, "elu", x, alpha)


def selu(x):
    """Scaled ELU, ``1.0507 * elu(x, 1.6733)``, with the self-normalizing constants.

    Example:
        >>> keras_core.ops.selu([0.0, 1.0])   # [0., 1.0507]
    """
    try:
        return _impl.selu(x)
    except Exception as error:
        return recover(error, _float_rule, "selu", x)


def celu(x, alpha=1.0):
    """Continuously differentiable ELU: ``max(x, 0) + min(0, alpha * (exp(x / alpha) - 1))``.

    Example:
        >>> keras_core.ops.celu([-1.0, 1.0])   # [-0.6321, 1.]
    """
    try:
        return _impl.celu(x, alpha=alpha)
    except Exception as error:
        return recover(error, _float_rule, "celu", x, alpha)


def gelu(x, approximate=True):
    """Gaussian error linear unit, ``x * Phi(x)``; ``approximate`` uses the tanh formula.

    Example:
        >>> keras_core.ops.gelu([1.0])   # [0.8412]
    """
    try:
        return _impl.gelu(x, approximate=approximate)
    except Exception as error:
        return recover(error, _float_rule, "gelu", x, approximate)


def glu(x, axis=-1):
    """Gated linear unit: splits ``axis`` in halves ``a, b`` and returns ``a * sigmoid(b)``.

    Example:
        >>> keras_core.ops.glu([[1.0, 0.0]])   # [[0.5]]
    """
    try:
        return _impl.glu(x, axis=axis)
    except Exception as error:
        return recover(error, _glu_rule, "glu", x, axis)


def softmax(x, axis=-1):
    """Softmax over ``axis`` (an int or a tuple): ``exp(x) / sum(exp(x))``, computed stably.

    Example:
        >>> keras_core.ops.softmax([[1.0, 1.0]])   # [[0.5, 0.5]]
    """
    try:
        return _impl.softmax(x, axis=axis)
    except Exception as error:
        return recover(error, _softmax_rule, "softmax", x, axis)


def log_softmax(x, axis=-1):
    """``log(softmax(x))`` over ``axis`` (an int or a tuple), computed stably.

    Example:
        >>> keras_core.ops.log_softmax([[0.0, 0.0]])   # [[-0.6931, -0.6931]]
    """
    try:
        return _impl.log_softmax(x, axis=axis)
    except Exception as error:
        return recover(error, _softmax_rule, "log_softmax", x, axis)


def sparsemax(x, axis=-1):
    """Euclidean projection of ``x`` onto the probability simplex along ``axis``.

    Like softmax, but the result may hold exact zeros.

    Example:
        >>> keras_core.ops.sparsemax([[2.0, 0.0]])   # [[1., 0.]]
    """
    try:
        return _impl.sparsemax(x, axis=axis)
    except Exception as error:
        return recover(error, _sparsemax_rule, "sparsemax", x, axis)
