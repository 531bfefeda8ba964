"""Values read off Keras 3.15.1 for the recurrent layers (tests must not import keras)."""

DTYPE = {
    "module": "keras",
    "class_name": "DTypePolicy",
    "config": {"name": "float32"},
    "registered_name": None,
}
GLOROT = {
    "module": "keras.initializers",
    "class_name": "GlorotUniform",
    "config": {"seed": None, "input_axes": None, "output_axes": None},
    "registered_name": None,
}
ORTHOGONAL = {
    "module": "keras.initializers",
    "class_name": "Orthogonal",
    "config": {"seed": None, "gain": 1.0},
    "registered_name": None,
}
ZEROS = {
    "module": "keras.initializers",
    "class_name": "Zeros",
    "config": {},
    "registered_name": None,
}

RNN_KEYS = {
    "return_sequences": False,
    "return_state": False,
    "go_backwards": False,
    "stateful": False,
    "unroll": False,
    "zero_output_for_mask": False,
}
WEIGHT_KEYS = {
    "kernel_initializer": GLOROT,
    "recurrent_initializer": ORTHOGONAL,
    "bias_initializer": ZEROS,
    "kernel_regularizer": None,
    "recurrent_regularizer": None,
    "bias_regularizer": None,
    "kernel_constraint": None,
    "recurrent_constraint": None,
    "bias_constraint": None,
}


def base(name):
    return {"name": name, "trainable": True, "dtype": DTYPE}


# get_config() of default instances, as Keras 3.15.1 gives them.
SIMPLE_RNN_CELL = {
    **base("simple_rnn_cell"),
    "units": 3,
    "activation": "tanh",
    "use_bias": True,
    **WEIGHT_KEYS,
    "dropout": 0.0,
    "recurrent_dropout": 0.0,
    "seed": None,
}
LSTM_CELL = {
    **base("lstm_cell"),
    "units": 3,
    "activation": "tanh",
    "recurrent_activation": "sigmoid",
    "use_bias": True,
    "unit_forget_bias": True,
    **WEIGHT_KEYS,
    "dropout": 0.0,
    "recurrent_dropout": 0.0,
    "seed": None,
}
GRU_CELL = {
    **base("gru_cell"),
    "units": 3,
    "activation": "tanh",
    "recurrent_activation": "sigmoid",
    "use_bias": True,
    **WEIGHT_KEYS,
    "dropout": 0.0,
    "recurrent_dropout": 0.0,
    "reset_after": True,
    "seed": None,
}
# Keras's SimpleRNN config has no "seed"; LSTM's and GRU's have no "use_cudnn".
SIMPLE_RNN = {
    **base("simple_rnn"),
    **RNN_KEYS,
    "units": 4,
    "activation": "tanh",
    "use_bias": True,
    **WEIGHT_KEYS,
    "activity_regularizer": None,
    "dropout": 0.0,
    "recurrent_dropout": 0.0,
}
LSTM = {
    **base("lstm"),
    **RNN_KEYS,
    "units": 4,
    "activation": "tanh",
    "recurrent_activation": "sigmoid",
    "use_bias": True,
    **WEIGHT_KEYS,
    "unit_forget_bias": True,
    "activity_regularizer": None,
    "dropout": 0.0,
    "recurrent_dropout": 0.0,
    "seed": None,
}
GRU = {
    **base("gru"),
    **RNN_KEYS,
    "units": 4,
    "activation": "tanh",
    "recurrent_activation": "sigmoid",
    "use_bias": True,
    **WEIGHT_KEYS,
    "activity_regularizer": None,
    "dropout": 0.0,
    "recurrent_dropout": 0.0,
    "reset_after": True,
    "seed": None,
}


def envelope(class_name, config, module="keras.layers"):
    return {"module": module, "class_name": class_name, "config": config, "registered_name": None}
