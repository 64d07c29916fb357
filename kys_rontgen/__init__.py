"""Generator of the KYS Röntgen site: YAML data -> validated model -> page Markdown.

Pure Python: nothing here imports MkDocs, so the generator is unit-tested on its own
and survives a change of static-site generator. `hooks/` adapts it to MkDocs.
"""
