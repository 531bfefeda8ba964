"""``rnn``: optional fused recurrent kernels (cuDNN-style LSTM/GRU) that layers use when a
backend provides them and the layer's configuration allows; nothing here is required."""

REQUIRED = ()
