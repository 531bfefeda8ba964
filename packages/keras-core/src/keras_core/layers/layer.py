"""``Layer``: the base class of every layer and model.

A layer validates and stores its configuration in ``__init__``, creates its weights in
``build(input_shape)`` (called automatically with the shape of the first input), and does
its math in ``call`` with ``keras_core.ops``. ``__call__`` adds what Keras users expect
around ``call``: building, input casting to the compute dtype, ``training`` propagation,
masks, activity regularization and, for symbolic inputs, the functional graph.

Its base class is the active backend's ``BackendLayer`` (under PyTorch a ``torch.nn.Module``),
so importing this module activates the backend.

Input specs are checked when a layer is built, on symbolic calls and when a call fails, not
on every eager call: a failing call is re-raised with the layer's own message, and a
working call pays nothing for the check.
"""

import functools
import inspect
import re

from keras_core import tree
from keras_core.backend import naming, value_scopes
from keras_core.backend.dispatch import table
from keras_core.backend.dtypes import is_float_dtype, standardize_dtype
from keras_core.backend.keras_tensor import KerasTensor
from keras_core.layers import call_context, tracking
from keras_core.layers.input_spec import assert_input_compatibility
from keras_core.layers.node import Node
from keras_core.ops.symbolic import dtype_of, shape_of

BackendLayer = table("layer").BackendLayer


class Layer(BackendLayer):
    """Base class of layers: a callable with weights, built on first use.

    Args:
        activity_regularizer: Regularizer applied to the outputs; its value joins ``losses``.
        trainable: Whether the layer's weights are updated by training.
        dtype: Dtype policy (``"float32"``, ``"mixed_float16"``, a ``DTypePolicy``...);
            ``None`` uses ``keras_core.config.dtype_policy()``.
        autocast: Whether floating weights are read in the compute dtype under a mixed policy.
        name: Unique name; by default the class name in snake case (``dense``, ``dense_1``...).

    Example:
        >>> class Scale(keras_core.layers.Layer):
        ...     def build(self, input_shape):
        ...         self.w = self.add_weight(shape=(input_shape[-1],), initializer="ones")
        ...     def call(self, x):
        ...         return x * self.w
        >>> Scale()(keras_core.ops.ones((2, 3))).shape
        (2, 3)
    """

    _keras_module = "keras.layers"

    def __new__(cls, *args, **kwargs):
        layer = super().__new__(cls)
        object.__setattr__(layer, "_auto_config", _auto_config(cls, args, kwargs))
        layer._initialize_tracking()
        return layer

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._call_info = call_context.CallInfo(cls)
        if "build" in cls.__dict__:
            cls.build = _marking_built(cls.__dict__["build"])

    def __init__(
        self,
        *,
        activity_regularizer=None,
        trainable=True,
        dtype=None,
        autocast=True,
        name=None,
        **kwargs,
    ):
        BackendLayer.__init__(self)
        input_shape = _input_shape_argument(kwargs)
        if kwargs:
            raise ValueError(
                f"Unrecognized keyword arguments passed to {type(self).__name__}: {sorted(kwargs)}"
            )
        if name is None:
            name = unique_name(to_snake_case(type(self).__name__))
        elif not isinstance(name, str) or "/" in name:
            raise ValueError(
                f"{type(self).__name__}: name must be a string without '/', received {name!r}"
            )
        self.name = name
        self.built = False
        self._trainable = bool(trainable)
        self._set_dtype_policy(dtype)
        self._autocast = bool(autocast)
        self.activity_regularizer = _regularizer(activity_regularizer)
        self.supports_masking = _overrides(type(self), "compute_mask")
        self.input_spec = None
        self._build_shapes = None
        if input_shape is not None:
            # Sequential reads this to create its input (Keras's input_shape=... argument).
            self._input_shape_argument = input_shape

    # Construction -------------------------------------------------------------------

    def _initialize_tracking(self):
        set_attribute = object.__setattr__
        set_attribute(self, "_trainable_variables", [])
        set_attribute(self, "_non_trainable_variables", [])
        set_attribute(self, "_layers", [])
        set_attribute(self, "_seed_generators", [])
        set_attribute(self, "_tracked_ids", set())
        set_attribute(self, "_losses", [])
        set_attribute(self, "_inbound_nodes", [])
        set_attribute(self, "_outbound_nodes", [])
        set_attribute(self, "_fitting_input_dtype", None)

    def __setattr__(self, name, value):
        if not name.startswith("_"):
            value = tracking.track(self, value)
        else:
            # Private attributes hold sublayers and weights too (self._dense = Dense(...)),
            # but their containers are internal bookkeeping and stay plain.
            tracking.track_object(self, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        value = self.__dict__.get(name)
        if value is not None:
            self._untrack(value)
        object.__delattr__(self, name)

    def _register_variable(self, variable):
        if id(variable) in self._tracked_ids:
            return
        self._tracked_ids.add(id(variable))
        if variable.trainable:
            self._trainable_variables.append(variable)
        else:
            self._non_trainable_variables.append(variable)
        self._track_backend_variable(variable)

    def _register_layer(self, layer):
        if layer is self or id(layer) in self._tracked_ids:
            return
        self._tracked_ids.add(id(layer))
        self._layers.append(layer)
        self._track_backend_layer(layer)

    def _register_seed_generator(self, generator):
        if id(generator) in self._tracked_ids:
            return
        self._tracked_ids.add(id(generator))
        self._seed_generators.append(generator)

    def _untrack(self, value):
        for container in (self._trainable_variables, self._non_trainable_variables, self._layers):
            if any(item is value for item in container):
                container[:] = [item for item in container if item is not value]
                self._tracked_ids.discard(id(value))

    # Dtype policy -------------------------------------------------------------------

    def _set_dtype_policy(self, dtype):
        from keras_core import dtype_policies

        policy = dtype_policies.get(dtype)
        if policy.quantization_mode is not None:
            raise ValueError(
                f"{type(self).__name__} '{self.name}': dtype policy {policy.name!r} is "
                f"quantized ({policy.quantization_mode}); keras-core does not run quantized "
                f"layers. Use a float policy such as 'float32' or 'mixed_float16'."
            )
        self._dtype_policy = policy
        self._compute_dtype = policy.compute_dtype
        self._variable_dtype = policy.variable_dtype
        self._fitting_input_dtype = None

    @property
    def autocast(self) -> bool:
        return self._autocast

    @autocast.setter
    def autocast(self, value):
        self._autocast = bool(value)

    @property
    def _autocasting(self) -> bool:
        """Whether calls read floating weights in the compute dtype (mixed precision)."""
        return self._autocast and self._compute_dtype != self._variable_dtype

    @property
    def dtype_policy(self):
        return self._dtype_policy

    @dtype_policy.setter
    def dtype_policy(self, value):
        self._set_dtype_policy(value)

    @property
    def dtype(self) -> str:
        """The dtype of the layer's weights (the policy's variable dtype)."""
        return self._variable_dtype

    @property
    def compute_dtype(self) -> str:
        return self._compute_dtype

    @property
    def variable_dtype(self) -> str:
        return self._variable_dtype

    @property
    def input_dtype(self) -> str:
        """The dtype floating inputs are cast to."""
        return self._compute_dtype

    @property
    def quantization_mode(self):
        return self._dtype_policy.quantization_mode

    def quantize(self, mode, **kwargs):
        """Quantization is not part of keras-core; raises ``NotImplementedError`` saying so."""
        raise NotImplementedError(
            f"{type(self).__name__} '{self.name}': quantize({mode!r}) is not supported by "
            f"keras-core; models run in float or mixed-precision policies only."
        )

    # Weights ------------------------------------------------------------------------

    def add_weight(
        self,
        shape=None,
        initializer=None,
        dtype=None,
        trainable=True,
        autocast=True,
        regularizer=None,
        constraint=None,
        aggregation="none",
        overwrite_with_gradient=False,
        name=None,
    ):
        """Creates a weight variable owned by this layer and returns it.

        Args:
            shape: Shape tuple; ``()`` by default.
            initializer: Initializer object, name or callable; ``"glorot_uniform"`` for
                floating weights and ``"zeros"`` for others by default.
            dtype: Defaults to the layer's variable dtype.
            trainable: Whether training updates it.
            autocast: Whether it is read in the compute dtype under a mixed policy.
            regularizer: Regularizer whose value joins ``losses``.
            constraint: Projection applied after each optimizer update.
            aggregation: Replica aggregation (``"none"``, ``"mean"``, ``"sum"``,
                ``"only_first_replica"``).
            overwrite_with_gradient: The optimizer writes the gradient into it instead of
                applying an update (used for float8 scaling factors).
            name: Variable name; its path is ``<layer name>/<name>``.

        Example:
            >>> self.kernel = self.add_weight(shape=(4, 3), initializer="glorot_uniform")
        """
        from keras_core import constraints, initializers

        shape = () if shape is None else tuple(shape)
        dtype = standardize_dtype(dtype) if dtype is not None else self._variable_dtype
        if initializer is None:
            initializer = "glorot_uniform" if is_float_dtype(dtype) else "zeros"
        variable = table("variables").Variable(
            initializers.get(initializer),
            shape=shape,
            dtype=dtype,
            trainable=trainable,
            autocast=autocast,
            aggregation=aggregation,
            name=name,
        )
        variable.path = naming.scoped_path(self, variable.name)
        variable.regularizer = _regularizer(regularizer)
        variable.constraint = constraints.get(constraint)
        variable.overwrite_with_gradient = bool(overwrite_with_gradient)
        self._register_variable(variable)
        if not self._trainable:
            # A frozen layer's new weights are frozen too (and thawed with the layer).
            variable.trainable = False
        return variable

    def add_variable(
        self,
        shape,
        initializer,
        dtype=None,
        trainable=True,
        autocast=True,
        regularizer=None,
        constraint=None,
        name=None,
    ):
        """``add_weight`` with Keras's older argument order."""
        return self.add_weight(
            shape=shape,
            initializer=initializer,
            dtype=dtype,
            trainable=trainable,
            autocast=autocast,
            regularizer=regularizer,
            constraint=constraint,
            name=name,
        )

    @property
    def trainable(self) -> bool:
        return self._trainable

    @trainable.setter
    def trainable(self, value):
        value = bool(value)
        self._trainable = value
        for variable in self._trainable_variables:
            variable.trainable = value
        for layer in self._layers:
            layer.trainable = value

    @property
    def variables(self) -> list:
        """All state: weights, then seed-generator states, own before sublayers'."""
        own = self._trainable_variables + self._non_trainable_variables
        own += [generator.state for generator in self._seed_generators]
        return _unique(own, (layer.variables for layer in self._layers))

    @property
    def weights(self) -> list:
        """Trainable then non-trainable weights of this layer, then its sublayers' weights."""
        own = self._trainable_variables + self._non_trainable_variables
        return _unique(own, (layer.weights for layer in self._layers))

    @property
    def trainable_weights(self) -> list:
        if not self._trainable:
            return []
        return [variable for variable in self.weights if variable.trainable]

    @property
    def non_trainable_weights(self) -> list:
        if not self._trainable:
            return self.weights
        return [variable for variable in self.weights if not variable.trainable]

    @property
    def trainable_variables(self) -> list:
        return self.trainable_weights

    @property
    def non_trainable_variables(self) -> list:
        """Non-trainable weights plus seed-generator states (everything a pure call
        threads through besides the trainable weights)."""
        if not self._trainable:
            return self.variables
        return [variable for variable in self.variables if not variable.trainable]

    @property
    def metrics(self) -> list:
        return []

    @property
    def metrics_variables(self) -> list:
        return []

    def get_weights(self) -> list:
        """The weights as NumPy arrays, in ``weights`` order."""
        return [variable.numpy() for variable in self.weights]

    def set_weights(self, weights):
        """Assigns NumPy arrays to ``weights`` in order; counts and shapes must match."""
        own = self.weights
        if len(weights) != len(own):
            raise ValueError(
                f"Layer '{self.name}' has {len(own)} weights, but set_weights received "
                f"{len(weights)} arrays"
            )
        for variable, value in zip(own, weights, strict=False):
            if tuple(shape_of(value)) != variable.shape:
                raise ValueError(
                    f"Layer '{self.name}' weight {variable.path!r} has shape "
                    f"{variable.shape}, but set_weights received an array of shape "
                    f"{tuple(shape_of(value))}"
                )
        for variable, value in zip(own, weights, strict=False):
            variable.assign(value)

    def count_params(self) -> int:
        """Number of scalars in ``weights``; the layer must be built."""
        if not self.built:
            raise ValueError(
                f"Layer '{self.name}' is not built yet, so its weights do not exist. Call it "
                f"on data or call build(input_shape) first."
            )
        total = 0
        for variable in self.weights:
            size = 1
            for dim in variable.shape:
                size *= dim
            total += size
        return total

    def save_own_variables(self, store):
        """Writes this layer's own weights into ``store`` as ``"0"``, ``"1"``, ..."""
        for index, variable in enumerate(self._trainable_variables + self._non_trainable_variables):
            store[str(index)] = variable.numpy()

    def load_own_variables(self, store):
        """Reads this layer's own weights back from ``store`` (see ``save_own_variables``)."""
        own = self._trainable_variables + self._non_trainable_variables
        if len(store) != len(own):
            raise ValueError(
                f"Layer '{self.name}' expects {len(own)} variables, but the saved state has "
                f"{len(store)}"
            )
        for index, variable in enumerate(own):
            variable.assign(store[str(index)])

    # Losses -------------------------------------------------------------------------

    def add_loss(self, loss):
        """Adds a scalar loss tensor (it joins ``losses`` and the training loss)."""
        scope = value_scopes.stateless_scope() if value_scopes.ACTIVE else None
        if scope is not None:
            scope.add_loss(loss)
        else:
            self._losses.append(loss)
            call_context.note_loss_added()

    @property
    def losses(self) -> list:
        """Losses added during the last call, weight regularization and sublayers' losses."""
        losses = list(self._losses) + self._weight_regularization_losses()
        for layer in self._layers:
            losses.extend(layer.losses)
        return losses

    def _weight_regularization_losses(self) -> list:
        return [
            variable.regularizer(variable)
            for variable in self._trainable_variables + self._non_trainable_variables
            if getattr(variable, "regularizer", None) is not None
        ]

    def _clear_losses(self):
        self._losses.clear()
        for layer in self._layers:
            layer._clear_losses()

    # Building -----------------------------------------------------------------------

    def build(self, input_shape):
        """Creates the weights; override it. ``input_shape`` is the first input's shape."""

    def build_from_config(self, config):
        """Builds from ``get_build_config()``'s output (used when loading)."""
        if not config:
            return
        if "input_shape" in config:
            self.build(_shape_structure(config["input_shape"]))
        else:
            self.build(**{k: _shape_structure(v) for k, v in config["shapes_dict"].items()})
        self.built = True

    def get_build_config(self):
        """``{"input_shape": shape}`` (or ``{"shapes_dict": ...}``) of the first build."""
        if self._build_shapes is None:
            return None
        if list(self._build_shapes) == ["input_shape"]:
            return {"input_shape": self._build_shapes["input_shape"]}
        return {"shapes_dict": self._build_shapes}

    def _build_on_call(self, args, kwargs):
        shapes = call_context.build_shapes(type(self), self._call_info, args, kwargs)
        self._build_shapes = shapes
        if "input_shape" in shapes:
            self.build(shapes["input_shape"])
        else:
            self.build(**shapes)
        self.built = True

    # Calling ------------------------------------------------------------------------

    def call(self, *args, **kwargs):
        """The layer's computation on backend tensors; override it."""
        raise NotImplementedError(
            f"Layer {type(self).__name__} does not define call(); subclasses must implement it"
        )

    def __call__(self, *args, **kwargs):
        info = self._call_info
        if not kwargs and len(args) == 1 and info.plain and self.built:
            # The common call of a built layer on one tensor of the right dtype, with no
            # training/mask argument, losses, autocasting or masks anywhere in the process:
            # nothing to do around `call`.
            x = args[0]
            state = call_context._state
            if (
                getattr(x, "dtype", None) is self._fitting_input_dtype
                and not state.losses_added
                and not (state.masks_seen and self.supports_masking)
                and self.activity_regularizer is None
                and not self._autocasting
            ):
                try:
                    return self.call(x)
                except Exception as error:
                    self._explain_failure(error, args)
                    raise
        if info.symbolic_inputs(args, kwargs):
            return self._symbolic_call(args, kwargs)
        args = self._cast_inputs(args)
        if not self.built:
            self._check_and_build(args, kwargs)
        training = kwargs.get("training") if kwargs else None
        if info.has_training or info.has_mask or kwargs:
            kwargs = call_context.resolve_call_arguments(info, args, kwargs)
        context = call_context.enter(self, training)
        try:
            if self._autocasting:
                with value_scopes.AutocastScope(self._compute_dtype):
                    outputs = self.call(*args, **kwargs)
            else:
                outputs = self.call(*args, **kwargs)
        except Exception as error:
            self._explain_failure(error, args)
            raise
        finally:
            call_context.leave(context)
        if self.activity_regularizer is not None:
            for output in tree.flatten(outputs):
                self.add_loss(self.activity_regularizer(output))
        if call_context.needs_output_mask(self, info):
            call_context.attach_output_mask(self, args, kwargs, outputs)
        return outputs

    def _cast_inputs(self, args):
        if not args:
            return args
        first = args[0]
        dtype = getattr(first, "dtype", None)
        if dtype is not None and dtype is self._fitting_input_dtype:
            return args
        converted = tree.map_structure(self._cast_input, args[0])
        fitting = getattr(converted, "dtype", None)
        if len(args) > 1:
            # Further positional inputs (states of a cell, ...) are converted too.
            return (converted, *tree.map_structure(self._cast_input, args[1:]))
        if fitting is not None and fitting is dtype:
            self._fitting_input_dtype = fitting
        return (converted,)

    def _cast_input(self, x):
        if x is None or isinstance(x, (bool, int, float, str, KerasTensor)):
            return x
        core = table("core")
        if not core.is_tensor(x):
            if not hasattr(x, "shape"):
                return x
            x = core.convert_to_tensor(x)
        dtype = dtype_of(x)
        if self.autocast and is_float_dtype(dtype) and dtype != self._compute_dtype:
            return core.cast(x, self._compute_dtype)
        return x

    def _cast_symbol(self, x):
        if (
            isinstance(x, KerasTensor)
            and is_float_dtype(x.dtype)
            and x.dtype != self._compute_dtype
        ):
            return KerasTensor(x.shape, self._compute_dtype, sparse=x.sparse, ragged=x.ragged)
        return x

    def _check_and_build(self, args, kwargs):
        if args:
            assert_input_compatibility(self.input_spec, args[0], self.name)
        self._build_on_call(args, kwargs)
        if args:
            assert_input_compatibility(self.input_spec, args[0], self.name)

    def _explain_failure(self, error, args):
        # A backend error from a badly shaped input is replaced by the layer's own message.
        if args and self.input_spec is not None and not isinstance(error, _LayerInputError):
            try:
                assert_input_compatibility(self.input_spec, args[0], self.name)
            except ValueError as mismatch:
                raise _LayerInputError(str(mismatch)) from error

    def _symbolic_call(self, args, kwargs):
        # The graph records the call as written; the computation sees cast inputs and the
        # resolved training/mask arguments.
        call_args, call_kwargs = args, kwargs
        if args and self.autocast:
            args = (tree.map_structure(self._cast_symbol, args[0]), *args[1:])
        if not self.built:
            self._check_and_build(args, kwargs)
        elif args:
            assert_input_compatibility(self.input_spec, args[0], self.name)
        info = self._call_info
        if info.has_training or info.has_mask or kwargs:
            kwargs = call_context.resolve_call_arguments(info, args, kwargs)
        recording = not call_context.inside_symbolic_call()
        with call_context.symbolic_call():
            if self._compute_dtype != self._variable_dtype and self.autocast:
                with value_scopes.AutocastScope(self._compute_dtype):
                    outputs = self.compute_output_spec(*args, **kwargs)
            else:
                outputs = self.compute_output_spec(*args, **kwargs)
        outputs = tree.map_structure(_fresh_symbol, outputs)
        if self.supports_masking or info.computes_mask:
            call_context.attach_output_mask(self, args, kwargs, outputs)
        if recording:
            Node(self, call_args, call_kwargs, outputs)
        return outputs

    def compute_output_spec(self, *args, **kwargs):
        """The output KerasTensor(s) for symbolic inputs; by default ``call`` traced on them."""
        return self.call(*args, **kwargs)

    def compute_output_shape(self, *args, **kwargs):
        """The output shape for the given input shape(s), without running the backend."""
        symbolic_args = tree.map_shape_structure(
            lambda shape: KerasTensor(shape, self._compute_dtype), args
        )
        if not self.built:
            self._check_and_build(symbolic_args, kwargs)
        with call_context.symbolic_call():
            outputs = self.compute_output_spec(*symbolic_args, **kwargs)
        return tree.map_structure(lambda x: x.shape, outputs)

    def compute_mask(self, inputs, previous_mask):
        """The output mask: the input mask when ``supports_masking``, else ``None``."""
        return previous_mask if self.supports_masking else None

    def stateless_call(
        self, trainable_variables, non_trainable_variables, *args, return_losses=False, **kwargs
    ):
        """Calls the layer with the given variable values, changing no variable.

        Args:
            trainable_variables: Values for ``self.trainable_variables``, in order.
            non_trainable_variables: Values for ``self.non_trainable_variables``, in order.
            *args: The call's inputs.
            return_losses: Also return the losses the call added.
            **kwargs: The call's keyword arguments (``training=...``).

        Returns:
            ``(outputs, non_trainable_values)`` (and the losses as a third item), where
            ``non_trainable_values`` are the non-trainable variables' values after the call.

        Example:
            >>> outputs, state = layer.stateless_call(
            ...     [v.value for v in layer.trainable_variables],
            ...     [v.value for v in layer.non_trainable_variables], x, training=True)
        """
        trainable, non_trainable = self.trainable_variables, self.non_trainable_variables
        for given, own, kind in (
            (trainable_variables, trainable, "trainable"),
            (non_trainable_variables, non_trainable, "non_trainable"),
        ):
            if len(given) != len(own):
                raise ValueError(
                    f"Layer '{self.name}'.stateless_call: expected {len(own)} {kind} "
                    f"variable values, received {len(given)}"
                )
        mapping = list(zip(trainable, trainable_variables, strict=False))
        mapping += list(zip(non_trainable, non_trainable_variables, strict=False))
        with value_scopes.StatelessScope(mapping, collect_losses=return_losses) as scope:
            outputs = self(*args, **kwargs)
            new_state = [scope.get_current_value(v) for v in non_trainable]
            losses = scope.losses + self._all_weight_regularization_losses()
        new_state = [
            given if value is None else value
            for given, value in zip(non_trainable_variables, new_state, strict=False)
        ]
        if return_losses:
            return outputs, new_state, losses
        return outputs, new_state

    def _all_weight_regularization_losses(self) -> list:
        losses = self._weight_regularization_losses()
        for layer in self._layers:
            losses.extend(layer._all_weight_regularization_losses())
        return losses

    # Graph --------------------------------------------------------------------------

    @property
    def input(self):
        """The symbolic input of the layer's only call (functional models)."""
        return self._only_node("input").call_args[0]

    @property
    def output(self):
        """The symbolic output of the layer's only call (functional models)."""
        return self._only_node("output").outputs

    def _only_node(self, what):
        if not self._inbound_nodes:
            raise AttributeError(
                f"Layer '{self.name}' has never been called on symbolic inputs, so it has no {what}"
            )
        if len(self._inbound_nodes) > 1:
            raise AttributeError(
                f"Layer '{self.name}' has been called {len(self._inbound_nodes)} times on "
                f"symbolic inputs, so its {what} is ambiguous"
            )
        return self._inbound_nodes[0]

    @property
    def path(self) -> str:
        return self.name

    # Configuration ------------------------------------------------------------------

    def get_config(self) -> dict:
        """The constructor arguments that recreate this layer (Keras's keys)."""
        from keras_core.saving.serialization_lib import serialize_keras_object

        config = {}
        cls = type(self)
        if not _overrides(cls, "get_config") and self._auto_config is not None:
            if self._auto_config is _UNSERIALIZABLE:
                raise NotImplementedError(
                    f"Layer {cls.__name__} was created with arguments that are not plain "
                    f"values, so it must override get_config() to be serializable: return "
                    f"super().get_config() updated with its own constructor arguments."
                )
            config.update(self._auto_config)
        config.update(
            {
                "name": self.name,
                "trainable": self.trainable,
                "dtype": serialize_keras_object(self._dtype_policy),
            }
        )
        if self.activity_regularizer is not None or "activity_regularizer" in config:
            config["activity_regularizer"] = serialize_keras_object(self.activity_regularizer)
        return config

    @classmethod
    def from_config(cls, config):
        """Recreates a layer from ``get_config()``'s output."""
        config = dict(config)
        if isinstance(config.get("dtype"), dict):
            from keras_core import dtype_policies

            config["dtype"] = dtype_policies.deserialize(config["dtype"])
        try:
            return cls(**config)
        except TypeError as error:
            raise TypeError(
                f"{cls.__name__}.from_config could not recreate the layer from config "
                f"{sorted(config)}: {error}. A layer with constructor arguments other than "
                f"its config keys must override from_config()."
            ) from error

    def __repr__(self) -> str:
        return f"<{type(self).__name__} name={self.name}, built={self.built}>"

    def _flatten_layers(self, include_self=True, recursive=True) -> list:
        layers = [self] if include_self else []
        for layer in self._layers:
            layers.append(layer)
            if recursive:
                layers.extend(layer._flatten_layers(include_self=False))
        return _unique(layers, ())


Layer._call_info = call_context.CallInfo(Layer)


class _LayerInputError(ValueError):
    """An input that does not fit the layer's input spec, found after a failed call."""


_UNSERIALIZABLE = object()
_BASE_ARGUMENTS = ("name", "trainable", "dtype", "autocast", "activity_regularizer")
_PLAIN = (bool, int, float, str, type(None))


def _auto_config(cls, args, kwargs):
    """The constructor arguments of a layer class that does not override ``get_config``,
    when they are plain values (what Keras records for such layers)."""
    if _overrides(cls, "get_config"):
        return None
    try:
        bound = inspect.signature(cls.__init__).bind(None, *args, **kwargs)
    except TypeError:
        return None
    bound.apply_defaults()
    config = {}
    for name, value in list(bound.arguments.items())[1:]:
        parameter = bound.signature.parameters[name]
        if parameter.kind == parameter.VAR_KEYWORD:
            config.update(value)
        elif parameter.kind != parameter.VAR_POSITIONAL:
            config[name] = value
    # The base arguments are written by Layer.get_config itself.
    for name in _BASE_ARGUMENTS:
        config.pop(name, None)
    leaves = tree.flatten(config)
    if not all(isinstance(leaf, _PLAIN) for leaf in leaves):
        return _UNSERIALIZABLE
    return config


def _marking_built(build):
    """``build`` that also marks the layer built and records the shapes it was built with,
    so that calling ``layer.build(shape)`` directly is the same as building on first call."""

    @functools.wraps(build)
    def build_and_mark(self, *args, **kwargs):
        if naming.innermost_caller() is self:
            # super().build() inside an overriding build: already in this layer's scope.
            build(self, *args, **kwargs)
        else:
            with naming.name_scope(self.name, caller=self):
                build(self, *args, **kwargs)
        if self._build_shapes is None:
            if len(args) == 1 and not kwargs:
                self._build_shapes = {"input_shape": _shape_structure(args[0])}
            elif not args:
                self._build_shapes = {k: _shape_structure(v) for k, v in kwargs.items()}
        self.built = True

    return build_and_mark


def _shape_structure(shapes):
    """Shapes (one, or a structure of them, lists from JSON included) as tuples."""
    return tree.map_shape_structure(
        lambda s: None if s is None else tuple(None if d is None else int(d) for d in s), shapes
    )


def _overrides(cls, method: str) -> bool:
    return getattr(cls, method) is not getattr(Layer, method)


def _unique(first, rest) -> list:
    seen, result = set(), []
    for group in (first, *rest):
        for item in group:
            if id(item) not in seen:
                seen.add(id(item))
                result.append(item)
    return result


def _regularizer(identifier):
    from keras_core import regularizers

    return regularizers.get(identifier)


def _fresh_symbol(x):
    # A layer that returns its input unchanged must still produce a new graph tensor.
    if isinstance(x, KerasTensor) and x._keras_history is not None:
        return KerasTensor(x.shape, x.dtype, sparse=x.sparse, ragged=x.ragged)
    return x


def _input_shape_argument(kwargs):
    input_shape = kwargs.pop("input_shape", None)
    input_dim = kwargs.pop("input_dim", None)
    batch_size = kwargs.pop("batch_size", None)
    batch_input_shape = kwargs.pop("batch_input_shape", None)
    if batch_input_shape is not None:
        return tuple(batch_input_shape)
    if input_shape is None and input_dim is not None:
        input_shape = (input_dim,)
    if input_shape is not None:
        return (batch_size, *input_shape)
    return None


def to_snake_case(name: str) -> str:
    """``"Conv2DTranspose"`` -> ``"conv2d_transpose"``, ``"LSTMCell"`` -> ``"lstm_cell"``."""
    # Keras's rule: split before each capitalized word, then between a lower-case letter
    # and a capital.
    name = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    name = re.sub(r"([a-z])([A-Z])", r"\1_\2", name)
    return name.lower()


def unique_name(base: str) -> str:
    """``base``, then ``base_1``, ``base_2``... on successive calls in a session."""
    uid = naming.get_uid(base)
    return base if uid == 1 else f"{base}_{uid - 1}"


# The base build (a layer without weights) also marks the layer built and records shapes.
Layer.build = _marking_built(Layer.build)
