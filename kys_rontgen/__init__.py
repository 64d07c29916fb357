"""Generator of the KYS Röntgen site: YAML data -> validated model -> page Markdown, and the
files a built site gets afterwards (site_files).

Pure Python: nothing here imports MkDocs, so the generator is unit-tested on its own
and survives a change of static-site generator. `kys_rontgen_mkdocs` adapts it to MkDocs.
"""
