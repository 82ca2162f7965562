"""Developer tools shipped with the program: the demo village, the crash soak, the benchmark.

Nothing in the product imports this package; only the command line's `demo`, `soak` and `bench`."""
