"""``DropoutRNNCell``: the dropout masks of a recurrent cell, one per sequence.

A cell drops the same input and state units at every step of a sequence (Keras's
recurrent dropout). The masks are drawn once and cached until reset: ``RNN`` draws them
before its loop (so no random op runs inside ``ops.scan``, where a ``SeedGenerator`` could
not advance) and resets them after it. A cell called directly draws them on first use.
"""

from keras_core import ops, random


class DropoutRNNCell:
    """Mixin for cells with ``dropout``, ``recurrent_dropout`` and a ``seed_generator``.

    ``_dropout_mask_count`` masks are drawn at once when a cell drops each gate's input
    differently (LSTM: 4, GRU: 3): the mask then has a leading axis of that size. With 1,
    the mask has the shape of the step input (or state) itself.
    """

    _dropout_mask_count = 1
    _dropout_mask = None
    _recurrent_dropout_mask = None

    def get_dropout_mask(self, step_input):
        """The input dropout mask of the current sequence (``None`` without dropout)."""
        if self._dropout_mask is None and 0 < self.dropout < 1:
            self._dropout_mask = self._draw_mask(step_input, self.dropout)
        return self._dropout_mask

    def get_recurrent_dropout_mask(self, step_state):
        """The state dropout mask of the current sequence (``None`` without dropout)."""
        if self._recurrent_dropout_mask is None and 0 < self.recurrent_dropout < 1:
            self._recurrent_dropout_mask = self._draw_mask(step_state, self.recurrent_dropout)
        return self._recurrent_dropout_mask

    def reset_dropout_mask(self):
        """Forgets the input mask: the next sequence draws a new one."""
        self._dropout_mask = None

    def reset_recurrent_dropout_mask(self):
        """Forgets the state mask: the next sequence draws a new one."""
        self._recurrent_dropout_mask = None

    def _draw_mask(self, like, rate):
        ones = ops.ones_like(like)
        if self._dropout_mask_count > 1:
            ones = ops.stack([ones] * self._dropout_mask_count)
        return random.dropout(ones, rate=rate, seed=self.seed_generator)
