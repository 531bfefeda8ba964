"""``variables``: the backend's ``Variable`` class (a subclass of the core's)."""

REQUIRED = ("Variable",)
