"""The public names of the hand-written layer, re-exported by the package ``__init__``."""

__all__: list[str] = []
