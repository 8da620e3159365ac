"""Benchmarks and the scale run (`make bench`, `make scale`): scripts, importable by the tests.

A regular package, not a namespace one: a library on the path with a top-level
`benchmarks` package of its own (pysbd, from requirements-bench.txt) would otherwise
be imported in its place.
"""
