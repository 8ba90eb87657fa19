"""Endpoint modules: one router per module, each endpoint guarded by a ``@contract``."""
