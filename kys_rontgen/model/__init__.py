"""The validated data model: one module per data file, shared field types in `fields`."""
