"""Cases for quantiles, NaN-ignoring statistics, weighted means and histograms."""

import numpy as np

from keras_core.testing.case import Arr, OpCase

_X = Arr((2, 3, 4))
_INT = Arr((3, 4), "int32", -9, 9)
_NAN = Arr(values=[[1.0, np.nan, 3.0, -2.0], [np.nan, 0.5, -1.0, 4.0], [2.0, 2.5, np.nan, 0.0]])
_METHODS = ("linear", "lower", "higher", "midpoint", "nearest")

CASES = [
    OpCase("median", (_X,)),
    OpCase("median", (_X,), {"axis": -1}, name="last-axis"),
    OpCase("median", (_X,), {"axis": (0, 2), "keepdims": True}, name="axes-keepdims"),
    OpCase("median", (_INT,), {"axis": 0}, name="int"),
    OpCase("median", (Arr((3, 4), "float16"),), {"axis": 1}, name="float16"),
    OpCase("median", (Arr((4, 5)),), {"axis": 1}, name="odd"),
    OpCase("median", (Arr((5,), "bool"),), name="bool"),
    OpCase("average", (_X,), {"axis": 1}),
    OpCase("average", (_X,), {"weights": Arr((2, 3, 4), low=0.1, high=1.0)}, name="weights"),
    OpCase("average", (_INT,), {"axis": -1, "weights": Arr((4,), "int32", 1, 4)}, name="1d"),
    OpCase("average", (Arr((4, 2), "float16"),), {"axis": 0}, name="float16"),
    *(
        OpCase(op, (_X, q), {"axis": axis, "method": method}, name=f"{method}-{label}")
        for op, q in (("quantile", 0.3), ("percentile", 30.0))
        for method in _METHODS
        for label, axis in (("flat", None), ("axis", -1))
    ),
    OpCase("quantile", (_INT, Arr(values=[0.1, 0.5, 1.0])), {"axis": 0}, name="int-q-vector"),
    OpCase("quantile", (_X, 0.75), {"axis": (0, 2), "keepdims": True}, name="axes-keepdims"),
    OpCase(
        "quantile",
        (Arr((2, 5), "bool"), 0.5),
        {"axis": 1},
        reference=lambda x, q, axis: np.quantile(x.astype("float32"), q, axis=axis),
        name="bool",
    ),
    OpCase("percentile", (Arr((3, 4), "float16"), [25.0, 75.0]), {"axis": 1}, name="float16"),
    OpCase("percentile", (_INT, 100), {"axis": -2, "method": "lower"}, name="int-q"),
    *(
        OpCase(op, (_NAN,), {"axis": axis}, name=label)
        for op in ("nanmean", "nanvar", "nanstd", "nanmedian")
        for label, axis in (("", None), ("axis", 1))
    ),
    OpCase("nanmean", (_INT,), {"axis": 0, "keepdims": True}, name="int"),
    OpCase("nanvar", (Arr((3, 4), "float16"),), {"axis": -1}, name="float16"),
    OpCase("nanstd", (_X,), {"axis": (0, 1), "keepdims": True}, name="axes-keepdims"),
    OpCase("nanmedian", (_INT,), {"axis": 1}, name="int"),
    OpCase("nanquantile", (_NAN, 0.4), {"axis": 1}),
    OpCase("nanquantile", (_NAN, [0.0, 0.5]), {"method": "nearest"}, name="nearest"),
    OpCase("nanquantile", (_INT, 0.25), {"axis": 0, "method": "midpoint"}, name="int"),
    OpCase("nanpercentile", (_NAN, 40.0), {"axis": 0, "keepdims": True}),
    OpCase("nanpercentile", (_NAN, [10, 90]), {"axis": -1, "method": "higher"}, name="list"),
    OpCase("corrcoef", (Arr((3, 5)),), atol=1e-5),
    OpCase("corrcoef", (Arr((2, 6), "int32", -9, 9),), atol=1e-5, name="int"),
    OpCase("corrcoef", (Arr((6,)),), name="1d"),
    OpCase("corrcoef", (Arr((2, 4), "float16"),), name="float16"),
    OpCase("histogram", (Arr((20,)),)),
    OpCase("histogram", (Arr((20,)),), {"bins": 4, "range": (-1.0, 1.0)}, name="range"),
    OpCase("histogram", (Arr((12,), "int32", 0, 9),), {"bins": 3}, name="int"),
    OpCase("histogram", (Arr((0,)),), {"bins": 2, "range": (0.0, 1.0)}, name="empty"),
    OpCase("histogram", (Arr((16,), "float16"),), {"bins": 5}, name="float16"),
]
