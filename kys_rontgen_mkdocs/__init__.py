"""The MkDocs adapter of the kys_rontgen generator: the only code that imports MkDocs."""
