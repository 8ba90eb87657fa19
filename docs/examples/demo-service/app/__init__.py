"""The demo service: `scaffold new function` adds secured endpoints here."""
