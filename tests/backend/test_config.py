"""``keras_core.config`` settings: defaults, validation and their effect on ops."""

import pytest

from keras_core import config


@pytest.fixture
def restore_settings():
    saved = (config.floatx(), config.epsilon(), config.image_data_format())
    yield
    config.set_floatx(saved[0])
    config.set_epsilon(saved[1])
    config.set_image_data_format(saved[2])


def test_defaults_match_keras(run_json, empty_keras_home):
    values = run_json(
        """
        import json, keras_core as k
        c = k.config
        print(json.dumps([c.floatx(), c.epsilon(), c.image_data_format(), c.max_epochs(),
                          c.max_steps_per_epoch(), c.is_interactive_logging_enabled(),
                          c.is_traceback_filtering_enabled(), c.is_flash_attention_enabled(),
                          c.is_nnx_enabled()]))
        """,
        keras_home=empty_keras_home,
    )
    assert values == ["float32", 1e-07, "channels_last", None, None, True, True, None, False]


def test_floatx_drives_python_float_conversion(restore_settings):
    from keras_core import ops
    from keras_core.backend import result_type

    config.set_floatx("float16")
    assert result_type(int, float) == "float16"
    assert ops.dtype(ops.convert_to_tensor(2.5)) == "float16"


@pytest.mark.parametrize(
    ("setter", "value", "message"),
    [
        (config.set_floatx, "float31", "Unknown floatx 'float31' from set_floatx()"),
        (config.set_image_data_format, "nhwc", "Unknown image_data_format 'nhwc'"),
        (config.set_epsilon, "small", "epsilon from set_epsilon() must be a number"),
        (config.set_max_epochs, 0, "max_epochs must be a positive integer or None, received 0"),
    ],
)
def test_bad_settings_are_rejected(restore_settings, setter, value, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        setter(value)


def test_settings_round_trip(restore_settings):
    config.set_epsilon(1e-3)
    config.set_image_data_format("channels_first")
    assert (config.epsilon(), config.image_data_format()) == (1e-3, "channels_first")
