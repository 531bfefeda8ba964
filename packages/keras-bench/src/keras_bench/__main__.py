"""``python -m keras_bench``: the ``keras-bench`` command."""

import sys

from keras_bench.cli import main

sys.exit(main())
