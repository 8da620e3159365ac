"""``python -m mediacompare.alignment A.txt B.txt [--json]``: see :mod:`cli`."""

from mediacompare.alignment.cli import main

raise SystemExit(main())
