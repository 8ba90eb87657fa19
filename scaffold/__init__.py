"""contract-scaffold: secure-by-default functions for web services.

The CLI lives in ``scaffold.cli``; the runtime that generated code imports is
``scaffold.contracts``. This module stays import-free so both start fast.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
