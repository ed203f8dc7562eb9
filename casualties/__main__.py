"""Allow ``python -m casualties``."""

from casualties.cli import main

main()
