"""`segdsl lsp`: a Language Server Protocol server for `.seg` files.

It reuses the pipeline as it is — the parser, the checker, the lints, the formatter and the
diagnostics — so the editor shows exactly what `segdsl validate` and `segdsl fmt` would. The
protocol layer (`server`) only translates; every answer is computed from an `Analysis` of the
document (`index`), which the language features (`completion`, `hover`, `navigation`,
`actions`, `outline`) read.
"""
