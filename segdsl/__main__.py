"""`python -m segdsl` runs the command line."""

from segdsl.entry import main

main()
