"""The packaged app's entry point: the same as the `matrix-desktop` console script."""

import multiprocessing

# The sync's worker process (app/worker_process.py) is started from this same binary: let it be one.
multiprocessing.freeze_support()

from matrix_desktop.main import main  # noqa: E402

raise SystemExit(main())
