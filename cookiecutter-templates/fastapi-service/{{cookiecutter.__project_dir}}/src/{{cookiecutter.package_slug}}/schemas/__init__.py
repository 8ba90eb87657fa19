"""Pydantic models of the endpoints' inputs and outputs, one module per function."""
