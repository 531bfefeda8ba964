"""keras-bench: benchmarks keras-core backends side by side, each against its own framework.

Importing this package imports no framework. The types a case author needs are here:

    from keras_bench import BenchCase, SkipCase, Workload
"""

from keras_bench.cases import BenchCase, SkipCase, Workload
from keras_bench.version import __version__

__all__ = ["BenchCase", "SkipCase", "Workload", "__version__"]
