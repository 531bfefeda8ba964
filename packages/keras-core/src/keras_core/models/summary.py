"""``Model.summary()``: the table of layers, output shapes and parameter counts.

The text is the one Keras 3 prints: the same columns, widths, wrapping and box-drawing
characters (drawn here, without ``rich``), and the same totals. As in Keras, the default
width follows the terminal (``COLUMNS`` or the size of stdout) and lines wider than the
console are cropped. Styles (bold, colours) are not emitted.
"""

import logging
import math
import os
import re
import shutil
import sys

import numpy as np

from keras_core import config, tree
from keras_core.models.functional_config import map_graph, recorded_inputs

_DEFAULT_WIDTH = {True: 88, False: 108}  # by whether the model reads as a plain stack
_DEFAULT_POSITIONS = {True: [0.45, 0.80, 1.0], False: [0.3, 0.56, 0.74, 1.0]}
_TRAINABLE_EXTRA_WIDTH = 12
_TRAINABLE_SCALE = 0.90
_NESTED_INDENT = "   "
_ELLIPSIS = "…"


def print_summary(
    model,
    line_length=None,
    positions=None,
    print_fn=None,
    expand_nested=False,
    show_trainable=False,
    layer_range=None,
):
    """Prints ``model``'s summary table (what ``Model.summary`` shows).

    Args:
        model: A ``Model`` (functional, ``Sequential`` or subclassed).
        line_length: Total width of the table; by default 88 (108 when the graph branches,
            +12 with ``show_trainable``), at most the terminal width minus 4.
        positions: Right edges of the columns, as fractions of ``line_length``.
        print_fn: Called once with the whole text instead of printing it.
        expand_nested: Also list the layers of nested models, indented.
        show_trainable: Add a column: ``Y``/``N`` whether a layer with weights is trainable.
        layer_range: ``[first, last]`` name patterns (regular expressions matched at the
            start of the name): only the top-level layers between them are listed.

    Example:
        >>> model.summary(print_fn=lines.append, line_length=80)
    """
    text = summary_text(model, line_length, positions, expand_nested, show_trainable, layer_range)
    if print_fn is not None:
        print_fn(text)
    elif config.is_interactive_logging_enabled():
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        logging.getLogger("keras_core").info(text)


def summary_text(
    model,
    line_length=None,
    positions=None,
    expand_nested=False,
    show_trainable=False,
    layer_range=None,
) -> str:
    """The text ``print_summary`` prints, ending with a newline."""
    graph = _graph_of(model)
    plain_stack = graph is None or _reads_as_stack(graph)
    header = ["Layer (type)", "Output Shape", "Param #"]
    justify = ["left", "left", "right"]
    if not plain_stack:
        header.append("Connected to")
        justify.append("left")
    default_width = _DEFAULT_WIDTH[plain_stack]
    positions = list(positions or _DEFAULT_POSITIONS[plain_stack])
    if show_trainable:
        default_width += _TRAINABLE_EXTRA_WIDTH
        positions = [p * _TRAINABLE_SCALE for p in positions] + [1.0]
        header.append("Trainable")
        justify.append("center")
    if len(positions) < len(header):
        raise ValueError(
            f"Model '{model.name}'.summary: positions needs a right edge for each of the "
            f"{len(header)} columns {header}, received {len(positions)}: {positions}"
        )
    line_length = line_length or min(default_width, shutil.get_terminal_size().columns - 4)
    # Keras ignores positions beyond the last column.
    widths = _column_widths(line_length, positions)[: len(header)]

    layers = _top_level_layers(model, graph)
    first, last = _layer_bounds(layers, layer_range)
    relevant_nodes = graph.node_ids if graph is not None else set()
    rows = []

    def add_rows(layer, level):
        prefix = _NESTED_INDENT * level + "└ " if level else ""
        row = [prefix + f"{layer.name} ({_class_name(layer)})", _output_shape(layer)]
        row.append(_param_count(layer))
        if not plain_stack:
            row.append(_connections(layer, relevant_nodes))
        if show_trainable:
            row.append(_trainable_flag(layer))
        rows.append(row)
        if expand_nested and _is_model(layer):
            for sublayer in _sublayers(layer):
                add_rows(sublayer, level + 1)

    for layer in layers[first:last]:
        add_rows(layer, 0)

    console_width = _console_width()
    lines = _wrap(f'Model: "{model.name}"', console_width, "default", "fold")
    table = _render_table(header, justify, rows, line_length, widths)
    lines.extend(line[:console_width] for line in table)
    for line in _totals(model):
        lines.extend(_wrap(line, console_width, "default", "fold"))
    return "\n".join(lines) + "\n"


# What the table lists -----------------------------------------------------------------


def _graph_of(model):
    from keras_core.models.functional import Functional

    return map_graph(model) if isinstance(model, Functional) else None


def _reads_as_stack(graph) -> bool:
    """Whether a functional graph is a plain chain: one single-input node per depth and
    no layer called twice (then Keras leaves out the "Connected to" column)."""
    nodes = []
    for depth_nodes in graph.nodes_by_depth.values():
        if len(depth_nodes) > 1 or len(recorded_inputs(depth_nodes[0])) > 1:
            return False
        nodes.extend(depth_nodes)
    node_ids = {id(node) for node in nodes}
    for operation in graph.operations:
        if sum(id(node) in node_ids for node in operation._inbound_nodes) > 1:
            return False
    return True


def _top_level_layers(model, graph) -> list:
    # A functional model lists its ops too; Sequential leaves out its InputLayer.
    return list(graph.operations) if graph is not None else list(model.layers)


def _is_model(layer) -> bool:
    from keras_core.models.model import Model

    return isinstance(layer, Model)


def _sublayers(model) -> list:
    from keras_core.layers.layer import Layer

    graph = _graph_of(model)
    if graph is None:
        return list(model.layers)
    return [op for op in graph.operations if isinstance(op, Layer)]


def _class_name(layer) -> str:
    function = getattr(layer, "function", None)
    if function is not None:
        # An op applied to symbolic tensors shows as Keras's op class (add -> Add).
        return "".join(part[:1].upper() + part[1:] for part in function.__name__.split("_"))
    return type(layer).__name__


def _layer_bounds(layers, layer_range) -> tuple:
    if layer_range is None:
        return 0, len(layers)
    if not isinstance(layer_range, (list, tuple, str)) or len(layer_range) != 2:
        length = len(layer_range) if hasattr(layer_range, "__len__") else "unknown"
        raise ValueError(
            f"layer_range must be a list or tuple of length 2. Received: "
            f"layer_range = {layer_range} of length {length}"
        )
    if not all(isinstance(pattern, str) for pattern in layer_range):
        raise ValueError(f"layer_range should contain string type only. Received: {layer_range}")
    lower = [i for i, layer in enumerate(layers) if re.match(layer_range[0], layer.name)]
    upper = [i for i, layer in enumerate(layers) if re.match(layer_range[1], layer.name)]
    if not lower or not upper:
        raise ValueError(
            f"Passed layer_names do not match the layer names in the model. Received: {layer_range}"
        )
    if min(lower) > max(upper):
        return min(upper), max(lower) + 1
    return min(lower), max(upper) + 1


# Cells ---------------------------------------------------------------------------------


def _format_shape(shape) -> str:
    return "(" + ", ".join(str(dim) for dim in shape) + ")"


def _output_shape(layer) -> str:
    """The shape(s) of the layer's last symbolic call, else of its build shape, else "?"."""
    nodes = layer._inbound_nodes
    if nodes:
        shapes = [_format_shape(tensor.shape) for tensor in nodes[-1].output_tensors]
    else:
        build_shapes = getattr(layer, "_build_shapes", None)
        if not build_shapes:
            return "?"
        try:
            if hasattr(layer, "output_shape"):
                shapes = tree.map_shape_structure(_format_shape, layer.output_shape)
            elif list(build_shapes) == ["input_shape"]:
                output = layer.compute_output_shape(build_shapes["input_shape"])
                shapes = tree.map_shape_structure(_format_shape, output)
            else:
                output = layer.compute_output_shape(**build_shapes)
                shapes = tree.map_shape_structure(_format_shape, output)
        except NotImplementedError:
            return "?"
    if isinstance(shapes, str):
        return shapes
    if isinstance(shapes, (list, tuple)) and len(shapes) == 1:
        return shapes[0]
    return str(shapes).replace("'", "")


def _param_count(layer) -> str:
    if not hasattr(layer, "built"):
        return "0"
    if not layer.built:
        return "0 (unbuilt)"
    return f"{layer.count_params():,}"


def _connections(layer, relevant_nodes) -> str:
    """``name[node][tensor]`` of every input of the layer's calls inside the model."""
    inputs = []
    for node in layer._inbound_nodes:
        if relevant_nodes and id(node) not in relevant_nodes:
            continue
        for tensor in recorded_inputs(node):
            operation, node_index, tensor_index = tensor._keras_history
            inputs.append(f"{operation.name}[{node_index}][{tensor_index}]")
    return ", ".join(inputs) or "-"


def _trainable_flag(layer) -> str:
    if not getattr(layer, "weights", None):
        return "-"
    return "Y" if layer.trainable else "N"


# Totals --------------------------------------------------------------------------------


def _totals(model) -> list:
    trainable = _unique(model.trainable_weights)
    non_trainable = _unique(model.non_trainable_weights)
    counts = [_count(trainable), _count(non_trainable)]
    sizes = [_memory_bits(trainable) / 8, _memory_bits(non_trainable) / 8]
    lines = [
        f" Trainable params: {counts[0]:,} ({_readable_size(sizes[0])})",
        f" Non-trainable params: {counts[1]:,} ({_readable_size(sizes[1])})",
    ]
    optimizer = getattr(model, "optimizer", None)
    if optimizer is not None and getattr(optimizer, "built", False):
        state = _unique(optimizer.variables)
        counts.append(_count(state))
        sizes.append(_memory_bits(state) / 8)
        lines.append(f" Optimizer params: {counts[2]:,} ({_readable_size(sizes[2])})")
    total = f" Total params: {sum(counts):,} ({_readable_size(sum(sizes))})"
    return [total, *lines]


def _unique(variables) -> list:
    return list({id(variable): variable for variable in variables}.values())


def _count(variables) -> int:
    return sum(math.prod(variable.shape) for variable in variables)


def _memory_bits(variables) -> int:
    return sum(math.prod(v.shape) * _dtype_bits(v.dtype) for v in variables)


def _dtype_bits(dtype) -> int:
    # Keras counts a bool as one bit; other dtypes carry their size in their name.
    name = str(dtype)
    if name == "bool":
        return 1
    digits = re.search(r"\d+", name)
    return int(digits.group()) if digits else np.dtype(name).itemsize * 8


def _readable_size(size) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size / 1024 < 1:
            return f"{size:.2f} {unit}"
        size /= 1024
    return f"{size:.2f} PB"


# Table layout --------------------------------------------------------------------------


def _console_width() -> int:
    """The width lines are cropped at: ``COLUMNS``, else the size of a terminal on
    stdin, stdout or stderr, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for descriptor in (0, 1, 2):
        try:
            width = os.get_terminal_size(descriptor).columns
        except (OSError, ValueError):
            continue
        if width > 0:
            return width
    return 80


def _column_widths(line_length, positions) -> list:
    widths, current = [], 0
    for position in positions:
        width = int(position * line_length) - current
        if width < 4:
            raise ValueError("Insufficient console width to print summary.")
        widths.append(width)
        current += width
    return widths


def _fit_widths(widths, line_length) -> list:
    """Column widths (padding included) that fill ``line_length`` with the borders."""
    available = line_length - (len(widths) + 1)
    fitted = [min(width + 2, available) for width in widths]
    total = sum(fitted)
    if total > available:
        return _shrink(fitted, total - available)
    if total < available:
        return [
            width + extra
            for width, extra in zip(fitted, _spread(available - total, fitted), strict=True)
        ]
    return fitted


def _shrink(widths, excess) -> list:
    """Takes ``excess`` from the widths, evenly (rounded half to even), left to right."""
    result, remaining, shares = [], excess, len(widths)
    for width in widths:
        taken = min(width, round(remaining / shares))
        result.append(width - taken)
        remaining -= taken
        shares -= 1
    return result


def _spread(extra, weights) -> list:
    """Splits ``extra`` in proportion to ``weights``, rounding up, left to right."""
    result, remaining, total = [], extra, sum(weights)
    for weight in weights:
        share = math.ceil(weight * remaining / total) if total > 0 else remaining
        result.append(share)
        remaining -= share
        total -= weight
    return result


def _render_table(header, justify, rows, line_length, widths) -> list:
    widths = _fit_widths(widths, line_length)

    def rule(left, fill, middle, right):
        return left + middle.join(fill * width for width in widths) + right

    def row_lines(cells, bar, bottom_aligned=False):
        wrapped = [
            _wrap(str(cell), max(width - 2, 0), how, "ellipsis")
            for cell, width, how in zip(cells, widths, justify, strict=True)
        ]
        height = max(len(lines) for lines in wrapped)
        blank = [""] * height
        if bottom_aligned:
            wrapped = [(blank + lines)[-height:] for lines in wrapped]
        else:
            wrapped = [(lines + blank)[:height] for lines in wrapped]
        return [
            bar
            + bar.join(
                (" " + cell_lines[index] + " ").ljust(width)[:width]
                for cell_lines, width in zip(wrapped, widths, strict=True)
            )
            + bar
            for index in range(height)
        ]

    # Header cells sit on the bottom line of the header, as in Keras.
    lines = [rule("┏", "━", "┳", "┓"), *row_lines(header, "┃", bottom_aligned=True)]
    lines.append(rule("┡", "━", "╇", "┩"))
    for index, row in enumerate(rows):
        if index:
            lines.append(rule("├", "─", "┼", "┤"))
        lines.extend(row_lines(row, "│"))
    lines.append(rule("└", "─", "┴", "┘"))
    return lines


_WORD = re.compile(r"\s*\S+\s*")


def _wrap(text, width, justify, overflow) -> list:
    """Word-wraps ``text`` to ``width`` columns.

    Args:
        justify: ``"left"``, ``"right"`` or ``"center"`` pad every line to ``width``;
            ``"default"`` leaves lines as they are.
        overflow: What a word longer than a line becomes: ``"ellipsis"`` cuts it with
            "…", ``"fold"`` continues it on the next lines.
    """
    lines = []
    for paragraph in text.split("\n"):
        for line in _break_words(paragraph, width, fold=overflow == "fold"):
            if len(line) > width:
                # Trailing spaces past the edge are dropped before anything is cut.
                trailing = len(line) - len(line.rstrip())
                line = line[: len(line) - min(trailing, len(line) - width)]
            if justify != "default":
                line = _justify(line, width, justify)
            if len(line) > width:
                line = _cut(line, width) if overflow == "ellipsis" else line[:width]
            lines.append(line)
    return lines


def _break_words(text, width, fold) -> list:
    starts, offset = [0], 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        needed = len(word.rstrip())
        if width - offset >= needed:
            offset += len(word)
            continue
        if needed > width and fold:
            for chunk_start in range(start, start + len(word), max(width, 1)):
                chunk = word[chunk_start - start : chunk_start - start + width]
                if chunk_start:
                    starts.append(chunk_start)
                offset = len(chunk)
            continue
        if start:
            starts.append(start)
        offset = len(word)
    ends = [*starts[1:], len(text)]
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


def _justify(line, width, how) -> str:
    if how == "left":
        return _cut(line, width).ljust(width)
    line = _cut(line.rstrip(), width)
    if how == "right":
        return line.rjust(width)
    left = (width - len(line)) // 2
    return " " * left + line + " " * (width - len(line) - left)


def _cut(line, width) -> str:
    if len(line) <= width:
        return line
    return line[: max(width - 1, 0)] + _ELLIPSIS if width else ""
