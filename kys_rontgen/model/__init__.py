"""The validated data model: one module per data file, and the shared field types one module
per concern (base, texts, identifiers, provenance, contact, hours)."""
