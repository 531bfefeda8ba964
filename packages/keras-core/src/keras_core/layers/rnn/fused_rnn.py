"""``FusedRNN``: the base of ``LSTM`` and ``GRU``, which run the backend's fused kernel
(``keras_core.backend.dispatch.table("rnn")``: cuDNN / ``torch.lstm`` on torch,
``BlockLSTMV2`` on TensorFlow) when their configuration and the call allow, and the
generic step loop otherwise. Both paths compute the same numbers.
"""

from keras_core import activations
from keras_core.layers.rnn.rnn import RNN

_USE_CUDNN_VALUES = ("auto", True, False)


class FusedRNN(RNN):
    """An ``RNN`` whose built-in cell a fused kernel can run.

    Subclasses define ``_fused_loop(sequences, initial_state)`` (returning what
    ``inner_loop`` returns), and may extend ``_config_blocker``.

    Args:
        use_cudnn: ``"auto"`` runs the fused kernel when it can, ``False`` never does, and
            ``True`` requires it (a call that cannot use it raises ``ValueError``).
        **kwargs: ``RNN`` arguments.
    """

    def __init__(self, cell, use_cudnn="auto", **kwargs):
        super().__init__(cell, **kwargs)
        if not any(use_cudnn is value or use_cudnn == value for value in _USE_CUDNN_VALUES):
            raise ValueError(
                f"{type(self).__name__} '{self.name}': use_cudnn must be one of 'auto', True "
                f"or False, received use_cudnn={use_cudnn!r}"
            )
        self.use_cudnn = use_cudnn

    def _config_blocker(self):
        """Why the layer's configuration rules the fused kernel out (``None`` if it does not)."""
        cell = self.cell
        if self.use_cudnn is False:
            return "use_cudnn=False"
        if cell.activation is not activations.tanh:
            return "activation is not 'tanh'"
        if cell.recurrent_activation is not activations.sigmoid:
            return "recurrent_activation is not 'sigmoid'"
        if cell.recurrent_dropout > 0:
            return "recurrent_dropout is not 0"
        if self.unroll:
            return "unroll=True"
        return None

    def inner_loop(self, sequences, initial_state, mask=None, training=False):
        blocker = self._config_blocker()
        if blocker is None and mask is not None:
            blocker = "a mask was given"
        if blocker is None and training and 0 < self.cell.dropout < 1:
            # Keras drops each gate's inputs with its own mask, which a fused kernel
            # (one input projection) cannot do.
            blocker = "input dropout is active (training=True)"
        if blocker is None:
            try:
                return self._fused_loop(sequences, initial_state)
            except NotImplementedError as error:
                blocker = f"the backend has no fused kernel for it ({error})"
        if self.use_cudnn is True:
            raise ValueError(
                f"{type(self).__name__} '{self.name}': use_cudnn=True, but the fused kernel "
                f"cannot run: {blocker}. Pass use_cudnn='auto' to fall back to the step loop."
            )
        return super().inner_loop(sequences, initial_state, mask=mask, training=training)
