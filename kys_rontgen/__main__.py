"""`python -m kys_rontgen check|report|schemas`: the editors' commands (see EDITING.md)."""
from .cli import main

raise SystemExit(main())
