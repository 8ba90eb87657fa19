"""The service functions that endpoints call: the business logic, free of HTTP."""
