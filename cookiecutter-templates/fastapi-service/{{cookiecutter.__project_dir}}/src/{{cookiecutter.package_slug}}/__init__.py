"""The service package: the FastAPI app is built by ``main.create_app``."""
