"""Lists the installed backends, then runs a few ops on the selected one.

python examples/quickstart.py
"""

import keras_core as keras


def main() -> None:
    for info in keras.backend.list_backends():
        print(f"{info.name:12s} {info.distribution:24s} {info.status}")
    print(f"selected backend: {keras.config.backend()}")
    x = keras.ops.convert_to_tensor([[1.0, 2.0], [3.0, 4.0]])
    y = keras.ops.softmax(keras.ops.matmul(x, x))
    print(f"softmax(x @ x) =\n{keras.ops.convert_to_numpy(y).round(4)}")
    print(f"native tensor type: {type(y).__module__}.{type(y).__name__}")


if __name__ == "__main__":
    main()
