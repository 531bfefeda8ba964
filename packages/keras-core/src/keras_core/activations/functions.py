"""The built-in activation functions of ``keras_core.activations``.

Each is a plain function over ``keras_core.ops``, so it takes backend tensors, NumPy arrays,
Python lists and symbolic ``KerasTensor``s alike. Defaults follow ``keras.activations``
(they differ from ``keras_core.ops.nn`` in places: ``gelu`` is exact by default here).
"""

from keras_core import ops


def relu(x, negative_slope=0.0, max_value=None, threshold=0.0):
    """Rectified linear unit, with an optional leak, ceiling and threshold.

    ``f(x) = min(x, max_value)`` where ``x > threshold``, else
    ``negative_slope * (x - threshold)``. The output keeps the input's dtype.

    Args:
        x: Input tensor.
        negative_slope: Slope below the threshold.
        max_value: Upper bound of the output; ``None`` for no bound.
        threshold: Inputs at or below it are treated as "negative".

    Example:
        >>> keras_core.activations.relu([-1.0, 0.5, 3.0], max_value=2.0)   # [0., 0.5, 2.]
    """
    if negative_slope == 0.0 and max_value is None and threshold == 0.0:
        return ops.nn.relu(x)
    x = ops.convert_to_tensor(x)
    dtype = ops.dtype(x)
    output = ops.where(ops.greater(x, threshold), x, ops.zeros_like(x))
    if max_value is not None:
        output = ops.minimum(output, max_value)
    if negative_slope != 0.0:
        below = ops.nn.relu(ops.subtract(threshold, x))
        output = ops.subtract(output, ops.multiply(negative_slope, below))
    # Python-float options would otherwise promote integer inputs to float.
    return ops.cast(output, dtype)


def leaky_relu(x, negative_slope=0.2):
    """``x`` for ``x >= 0``, ``negative_slope * x`` below.

    Args:
        x: Input tensor.
        negative_slope: Slope of the negative part.

    Example:
        >>> keras_core.activations.leaky_relu([-1.0, 2.0])   # [-0.2, 2.]
    """
    return ops.nn.leaky_relu(x, negative_slope=negative_slope)


def relu6(x):
    """``min(max(x, 0), 6)``.

    Example:
        >>> keras_core.activations.relu6([-1.0, 3.0, 9.0])   # [0., 3., 6.]
    """
    return ops.nn.relu6(x)


def softmax(x, axis=-1):
    """``exp(x) / sum(exp(x))`` along ``axis``; the outputs along it sum to 1.

    Args:
        x: Input tensor.
        axis: Axis (or tuple of axes) to normalize over.

    Example:
        >>> keras_core.activations.softmax([[0.0, 0.0]])   # [[0.5, 0.5]]
    """
    return ops.nn.softmax(x, axis=axis)


def log_softmax(x, axis=-1):
    """``x - log(sum(exp(x)))`` along ``axis``, computed stably.

    Args:
        x: Input tensor.
        axis: Axis (or tuple of axes) to normalize over.

    Example:
        >>> keras_core.activations.log_softmax([[0.0, 0.0]])   # [[-0.6931, -0.6931]]
    """
    return ops.nn.log_softmax(x, axis=axis)


def elu(x, alpha=1.0):
    """Exponential linear unit: ``x`` for ``x > 0``, ``alpha * (exp(x) - 1)`` below.

    Args:
        x: Input tensor.
        alpha: Scale of the negative part.

    Example:
        >>> keras_core.activations.elu([-1.0, 2.0])   # [-0.6321, 2.]
    """
    return ops.nn.elu(x, alpha=alpha)


def selu(x):
    """Scaled ELU: ``scale * elu(x, alpha)`` with the self-normalizing constants
    ``alpha ~ 1.6733`` and ``scale ~ 1.0507``.

    Example:
        >>> keras_core.activations.selu([1.0])   # [1.0507]
    """
    return ops.nn.selu(x)


def celu(x, alpha=1.0):
    """Continuously differentiable ELU: ``max(0, x) + min(0, alpha * (exp(x / alpha) - 1))``.

    Args:
        x: Input tensor.
        alpha: Scale of the negative part.

    Example:
        >>> keras_core.activations.celu([-1.0, 2.0], alpha=2.0)   # [-0.7869, 2.]
    """
    return ops.nn.celu(x, alpha=alpha)


def softplus(x):
    """``log(exp(x) + 1)``.

    Example:
        >>> keras_core.activations.softplus([0.0])   # [0.6931]
    """
    return ops.nn.softplus(x)


def softsign(x):
    """``x / (abs(x) + 1)``.

    Example:
        >>> keras_core.activations.softsign([-1.0, 3.0])   # [-0.5, 0.75]
    """
    return ops.nn.softsign(x)


def soft_shrink(x, threshold=0.5):
    """Moves ``x`` toward zero by ``threshold`` and zeroes what crosses it:
    ``sign(x) * max(abs(x) - threshold, 0)``.

    Args:
        x: Input tensor.
        threshold: Amount to shrink by.

    Example:
        >>> keras_core.activations.soft_shrink([-2.0, 0.2, 1.0])   # [-1.5, 0., 0.5]
    """
    return ops.nn.soft_shrink(x, threshold=threshold)


def sparse_plus(x):
    """Smooth ReLU: 0 for ``x <= -1``, ``(x + 1) ** 2 / 4`` on ``(-1, 1)``, ``x`` above.

    Example:
        >>> keras_core.activations.sparse_plus([-2.0, 0.0, 2.0])   # [0., 0.25, 2.]
    """
    return ops.nn.sparse_plus(x)


def silu(x):
    """Sigmoid linear unit (swish): ``x * sigmoid(x)``.

    Example:
        >>> keras_core.activations.silu([1.0])   # [0.7311]
    """
    return ops.nn.silu(x)


# Keras names the same function twice; serializing either gives "silu".
swish = silu


def squareplus(x, b=4):
    """``(x + sqrt(x ** 2 + b)) / 2``, a smooth ReLU built from square roots.

    Args:
        x: Input tensor.
        b: Smoothness; ``b = 0`` gives ReLU.

    Example:
        >>> keras_core.activations.squareplus([0.0])   # [1.]
    """
    return ops.nn.squareplus(x, b=b)


def gelu(x, approximate=False):
    """Gaussian error linear unit, ``x * P(X <= x)`` for a standard normal ``X``.

    Args:
        x: Input tensor.
        approximate: Use the tanh approximation instead of the exact ``erf`` form.

    Example:
        >>> keras_core.activations.gelu([1.0])   # [0.8413]
    """
    return ops.nn.gelu(x, approximate=approximate)


def glu(x, axis=-1):
    """Gated linear unit: splits ``x`` in halves ``a, b`` along ``axis`` and returns
    ``a * sigmoid(b)``.

    Args:
        x: Input tensor; its size along ``axis`` must be even.
        axis: Axis to split.

    Example:
        >>> keras_core.activations.glu([1.0, 0.0])   # [0.5]
    """
    return ops.nn.glu(x, axis=axis)


def tanh(x):
    """Hyperbolic tangent.

    Example:
        >>> keras_core.activations.tanh([0.0, 1.0])   # [0., 0.7616]
    """
    return ops.tanh(x)


def tanh_shrink(x):
    """``x - tanh(x)``.

    Example:
        >>> keras_core.activations.tanh_shrink([1.0])   # [0.2384]
    """
    return ops.nn.tanh_shrink(x)


def hard_tanh(x):
    """``clip(x, -1, 1)``.

    Example:
        >>> keras_core.activations.hard_tanh([-2.0, 0.5, 3.0])   # [-1., 0.5, 1.]
    """
    return ops.nn.hard_tanh(x)


def hard_shrink(x, threshold=0.5):
    """``x`` where ``abs(x) > threshold``, else 0.

    Args:
        x: Input tensor.
        threshold: Magnitude at or below which inputs become 0.

    Example:
        >>> keras_core.activations.hard_shrink([-1.0, 0.2])   # [-1., 0.]
    """
    return ops.nn.hard_shrink(x, threshold=threshold)


def threshold(x, threshold, default_value):
    """``x`` where ``x > threshold``, else ``default_value``.

    Args:
        x: Input tensor.
        threshold: Value that inputs must exceed to be kept.
        default_value: Value for the inputs that do not.

    Example:
        >>> keras_core.activations.threshold([0.0, 2.0], 1.0, -1.0)   # [-1., 2.]
    """
    return ops.nn.threshold(x, threshold, default_value)


def sigmoid(x):
    """``1 / (1 + exp(-x))``.

    Example:
        >>> keras_core.activations.sigmoid([0.0])   # [0.5]
    """
    return ops.nn.sigmoid(x)


def exponential(x):
    """``exp(x)``.

    Example:
        >>> keras_core.activations.exponential([0.0, 1.0])   # [1., 2.7183]
    """
    return ops.exp(x)


def hard_sigmoid(x):
    """Piecewise-linear sigmoid: ``clip(x / 6 + 0.5, 0, 1)``.

    Example:
        >>> keras_core.activations.hard_sigmoid([-3.0, 0.0, 3.0])   # [0., 0.5, 1.]
    """
    return ops.nn.hard_sigmoid(x)


def hard_silu(x):
    """``x * hard_sigmoid(x)``, a cheap silu.

    Example:
        >>> keras_core.activations.hard_silu([-3.0, 0.0, 3.0])   # [0., 0., 3.]
    """
    return ops.nn.hard_silu(x)


# Keras names the same function twice; serializing either gives "hard_silu".
hard_swish = hard_silu


def sparse_sigmoid(x):
    """Piecewise-linear sigmoid: 0 for ``x <= -1``, ``(x + 1) / 2`` on ``(-1, 1)``, 1 above.

    Example:
        >>> keras_core.activations.sparse_sigmoid([-2.0, 0.0, 0.5])   # [0., 0.5, 0.75]
    """
    return ops.nn.sparse_sigmoid(x)


def linear(x):
    """The identity: returns ``x`` unchanged (what ``activation=None`` means).

    Example:
        >>> keras_core.activations.linear([1.0, -2.0])   # [1.0, -2.0]
    """
    return x


def mish(x):
    """``x * tanh(softplus(x))``.

    Example:
        >>> keras_core.activations.mish([1.0])   # [0.8651]
    """
    return ops.multiply(x, ops.tanh(ops.nn.softplus(x)))


def log_sigmoid(x):
    """``log(sigmoid(x)) = -softplus(-x)``, computed stably.

    Example:
        >>> keras_core.activations.log_sigmoid([0.0])   # [-0.6931]
    """
    return ops.nn.log_sigmoid(x)


def sparsemax(x, axis=-1):
    """Euclidean projection of ``x`` onto the probability simplex along ``axis``: like
    softmax, the outputs sum to 1, but small inputs get exactly 0.

    Args:
        x: Input tensor.
        axis: Axis to normalize over.

    Example:
        >>> keras_core.activations.sparsemax([0.0, 1.0, 3.0])   # [0., 0., 1.]
    """
    return ops.nn.sparsemax(x, axis=axis)


# Name -> function, for ``get`` / ``deserialize``; both aliases resolve to their function.
ALL_ACTIVATIONS = {
    function.__name__: function
    for function in (
        celu,
        elu,
        exponential,
        gelu,
        glu,
        hard_shrink,
        hard_sigmoid,
        hard_silu,
        hard_tanh,
        leaky_relu,
        linear,
        log_sigmoid,
        log_softmax,
        mish,
        relu,
        relu6,
        selu,
        sigmoid,
        silu,
        soft_shrink,
        softmax,
        softplus,
        softsign,
        sparse_plus,
        sparse_sigmoid,
        sparsemax,
        squareplus,
        tanh,
        tanh_shrink,
        threshold,
    )
}
ALL_ACTIVATIONS.update(swish=swish, hard_swish=hard_swish)
