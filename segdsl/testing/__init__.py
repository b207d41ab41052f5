"""Segment unit tests (`segdsl test`). The stages, each a module: `spec` reads a .segtest file,
`target` checks the definition, `fixtures` types the CSV rows, `bind` checks the expectations,
`runner` evaluates each case, `compare` finds the differences and `report` prints them."""
